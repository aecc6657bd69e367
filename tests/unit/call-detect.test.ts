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
