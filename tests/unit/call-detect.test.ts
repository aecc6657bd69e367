import { describe, expect, it } from 'vitest';
import { detectCall } from '../../lib/call/detect';

describe('detectCall', () => {
  it.each([
    ['https://meet.google.com/abc-defg-hij', 'meet', 'abc-defg-hij'],
    ['https://meet.google.com/abc-defg-hij?authuser=1&pli=1', 'meet', 'abc-defg-hij'],
    ['https://meet.google.com/abc-defg-hij/', 'meet', 'abc-defg-hij'],
    ['https://MEET.GOOGLE.COM/abc-defg-hij', 'meet', 'abc-defg-hij'],
    ['https://app.zoom.us/wc/81234567890/join?fromPWA=1&pwd=abc', 'zoom', '81234567890'],
    ['https://app.zoom.us/wc/join/81234567890', 'zoom', '81234567890'],
    ['https://us05web.zoom.us/wc/812345678/start', 'zoom', '812345678'],
    ['https://zoom.us/wc/81234567890/join', 'zoom', '81234567890'],
    ['https://teams.live.com/meet/9381234567890?p=abcdef', 'teams', '9381234567890'],
    [
      'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ0ZjYxNDgtOTk4Mi00@thread.v2/0?context=%7b%22Tid%22%3a%22x%22%7d',
      'teams',
      '19:meeting_NjQ0ZjYxNDgtOTk4Mi00@thread.v2',
    ],
    ['https://teams.microsoft.com/v2/', 'teams', null],
    // More shapes seen in the wild: calendar links, vanity Zoom domains, the classic Teams client's hash routes.
    ['https://meet.google.com/abc-defg-hij?hs=122&authuser=0', 'meet', 'abc-defg-hij'],
    ['https://meet.google.com/abc-defg-hij#', 'meet', 'abc-defg-hij'],
    ['https://acme.zoom.us/wc/join/9876543210?pwd=x', 'zoom', '9876543210'],
    ['https://app.zoom.us/wc/81234567890/start?fromPWA=1', 'zoom', '81234567890'],
    ['https://app.zoom.us/wc/81234567890', 'zoom', '81234567890'],
    ['https://teams.live.com/meet/9381234567890/', 'teams', '9381234567890'],
    ['https://teams.live.com/v2/', 'teams', null],
    [
      'https://teams.microsoft.com/_#/l/meetup-join/19:meeting_ZDk3OGQ1ZTQtYjU2@thread.v2/0?context=%7B%7D',
      'teams',
      '19:meeting_ZDk3OGQ1ZTQtYjU2@thread.v2',
    ],
    [
      'https://teams.microsoft.com/v2/?meetingjoin=true#/l/meetup-join/19%3Ameeting_YWJj-ZGVm_Z2hp%40thread.v2/0',
      'teams',
      '19:meeting_YWJj-ZGVm_Z2hp@thread.v2',
    ],
    ['https://teams.microsoft.com/l/meetup-join/19%3ameeting_bad%ZZ@thread.v2/0', 'teams', null],
  ])('recognises %s', (href, platform, meetingId) => {
    expect(detectCall(href)).toMatchObject({ platform, meetingId });
  });

  it.each([
    'https://meet.google.com/',
    'https://meet.google.com/new',
    'https://meet.google.com/landing?authuser=0',
    'https://meet.google.com/abc-defg-hijk',
    'https://meet.google.com/ABC-DEFG-HIJ',
    'https://meet.google.com/abc-defg-hij/extra',
    'http://meet.google.com/abc-defg-hij',
    'https://meet.google.com.evil.example/abc-defg-hij',
    'https://evil.example/meet.google.com/abc-defg-hij',
    'https://user:pw@meet.google.com/abc-defg-hij',
    'https://meet.google.com:8443/abc-defg-hij',
    'https://zoom.us/j/81234567890',
    'https://app.zoom.us/wc/home',
    'https://app.zoom.us/wc/12345',
    'https://evilzoom.us/wc/81234567890/join',
    'https://zoom.us.evil.example/wc/81234567890/join',
    'https://teams.microsoft.com.evil.example/',
    'https://teams.live.com.evil.example/meet/9381234567890',
    'https://example.com/',
    // Look-alikes and pages on the call sites that are not a meeting.
    'https://meet.google.com/lookup/abcdefghij',
    'https://meet.google.com/_meet/abc-defg-hij',
    'https://meet.google.com/abc-defg-hij1',
    'https://meet.google.com/abc_defg_hij',
    'https://meet.google.co/abc-defg-hij',
    'https://meet.google.com/a-bcd-efg',
    'https://zoom.us/',
    'https://zoom.us/signin',
    'https://app.zoom.us/wc/home?from=pwa',
    'https://app.zoom.us/wc/12345678901234',
    'https://app.zoom.us/j/81234567890',
    'https://zoom.com/wc/81234567890/join',
    'https://app.zoom.us.evil.example/wc/81234567890/join',
    'https://evil.example/?next=https://app.zoom.us/wc/81234567890/join',
    'https://teams.microsoft.us/',
    'https://microsoft.com/teams/',
    'https://teams.live.co/meet/9381234567890',
    'http://teams.microsoft.com/v2/',
    'file:///home/me/meet.google.com/abc-defg-hij',
    'chrome://extensions',
    'not a url',
    '',
  ])('does not recognise %s', (href) => {
    expect(detectCall(href)).toBeNull();
  });

  it('labels the page with the platform and meeting', () => {
    expect(detectCall('https://meet.google.com/abc-defg-hij')?.label).toBe('Google Meet abc-defg-hij');
    expect(detectCall('https://teams.microsoft.com/v2/')?.label).toBe('Microsoft Teams');
  });
});
