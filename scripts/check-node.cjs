// Refuses a Node older than 22.12: better-sqlite3 13 crashes on Node 20. Every newer line (24, 26) is fine.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `KBZ Werkplek needs Node.js 22.12 or newer (22 or 24 LTS); this is Node ${process.versions.node}. ` +
      'Install a current LTS from https://nodejs.org and run the command again.'
  );
  process.exit(1);
}
