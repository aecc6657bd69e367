/** A video-call page the panel can sit beside. */
export interface CallPage {
  platform: 'meet' | 'zoom' | 'teams';
  /** Stable id of the meeting when the URL carries one; Teams' in-app calls often do not. */
  meetingId: string | null;
  /** "Google Meet abc-defg-hij" — what the panel shows. */
  label: string;
}

export const platformNames: Record<CallPage['platform'], string> = {
  meet: 'Google Meet',
  zoom: 'Zoom',
  teams: 'Microsoft Teams',
};

/** Match patterns for the manifest: the narrowest that cover every recognised page. */
export const callMatches = [
  'https://meet.google.com/*',
  'https://*.zoom.us/*',
  'https://teams.microsoft.com/*',
  'https://teams.live.com/*',
] as const;

const MEET_CODE = /^\/([a-z]{3}-[a-z]{4}-[a-z]{3})\/?$/;
const ZOOM_WC = /^\/wc\/(?:join\/)?(\d{9,11})(?:\/|$)/;
const TEAMS_LIVE = /^\/meet\/(\d{10,16})\/?$/;
const TEAMS_THREAD = /19:meeting_[A-Za-z0-9_-]+@thread\.v2/;

/** Recognises a call page from its URL; anything else (or not https) is `null`. Pure. */
export function detectCall(href: string): CallPage | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return null;
  const host = url.hostname.toLowerCase();
  const page = (platform: CallPage['platform'], meetingId: string | null): CallPage => ({
    platform,
    meetingId,
    label: meetingId ? `${platformNames[platform]} ${meetingId}` : platformNames[platform],
  });

  if (host === 'meet.google.com') {
    const code = MEET_CODE.exec(url.pathname)?.[1];
    return code ? page('meet', code) : null;
  }
  if (host === 'zoom.us' || host.endsWith('.zoom.us')) {
    const id = ZOOM_WC.exec(url.pathname)?.[1];
    return id ? page('zoom', id) : null;
  }
  if (host === 'teams.live.com') {
    const id = TEAMS_LIVE.exec(url.pathname)?.[1];
    return page('teams', id ?? null);
  }
  if (host === 'teams.microsoft.com') {
    // The classic client routes in the hash (`/_#/l/meetup-join/19:meeting_…`), so the hash is searched too.
    const thread = TEAMS_THREAD.exec(safeDecode(url.pathname + url.search + url.hash))?.[0];
    return page('teams', thread ?? null);
  }
  return null;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
