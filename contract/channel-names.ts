// Every channel the renderer may call, as `area.verb`. The preload builds window.kbz from this list.
export const CHANNEL_NAMES = [
  'app.info',
  'staff.list',
  'practice.get',
  'practice.update',
  'patients.search',
  'patients.facets',
  'patients.get',
  'patients.findSimilar',
  'patients.create',
  'patients.update',
  'patients.setStatus',
  'patients.archive',
  'patients.restore',
  'import.preview',
  'import.previewStatus',
  'import.commit',
  'intakes.list',
  'intakes.get',
  'intakes.start',
  'intakes.saveDraft',
  'intakes.finish',
  'intakes.correct',
  'intakes.discard',
  'intakes.categories',
  'intakes.addCategory',
  'intakes.removeCategory',
  'print.savePdf',
] as const;
export type ChannelName = (typeof CHANNEL_NAMES)[number];

export const IPC_PREFIX = 'kbz:';
