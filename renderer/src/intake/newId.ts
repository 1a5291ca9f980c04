// Ids for items inside an intake document (problems, links, goals, actions): short, unique enough per intake.
export function newItemId(prefix: string): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `${prefix}${random[0]!.toString(36)}${random[1]!.toString(36)}`.slice(0, 24);
}
