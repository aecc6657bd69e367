/**
 * The settings before any are saved. Apart from the registry (which declares
 * them as the settings key's fallback) so the side panel's first chunk can
 * start its state without zod (issue 17, "Initial JS").
 */
export const DEFAULT_SETTINGS = {
  schema: 1,
  profile: 'greenhouse',
  interviewer: '',
  noRecordingNote: false,
  retentionDays: null,
} as const;
