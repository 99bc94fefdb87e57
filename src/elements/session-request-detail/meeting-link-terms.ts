/** The meeting link form's lookup tables: platform names, example links, error messages, server field names. */
import type { MeetingLinkErrorKey, MeetingLinkField } from '../../adapters/meeting-link.js';
import type { TermKey } from '../../i18n/en.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { MeetingPlatform } from '../../model/request.js';

const PLATFORM_TERMS: Record<MeetingPlatform, TermKey> = {
  'google-meet': 'platformGoogleMeet',
  zoom: 'platformZoom',
  whatsapp: 'platformWhatsapp',
};

export const PLACEHOLDER_TERMS: Record<MeetingPlatform, TermKey> = {
  'google-meet': 'linkPlaceholderGoogleMeet',
  zoom: 'linkPlaceholderZoom',
  whatsapp: 'linkPlaceholderWhatsapp',
};

/** Server field names (MentorEd's and ours) mapped to the form's fields. */
export const SERVER_FIELDS: Record<string, MeetingLinkField> = {
  url: 'url',
  link: 'url',
  meetingId: 'meetingId',
  meeting_id: 'meetingId',
  passcode: 'passcode',
  password: 'passcode',
  platform: 'platform',
};

/**
 * Each validation key's message (`wrongHost` and `wrongPath` name the platform). A missing platform
 * (`required` on the platform field) reads "Choose a platform." too; see `term()`.
 */
export const ERROR_TERMS: Record<MeetingLinkErrorKey, TermKey> = {
  required: 'linkErrorRequired',
  invalidUrl: 'linkErrorInvalidUrl',
  tooLong: 'linkErrorTooLong',
  httpsOnly: 'linkErrorHttpsOnly',
  userInfo: 'linkErrorUserInfo',
  port: 'linkErrorPort',
  wrongHost: 'linkErrorWrongHost',
  wrongPath: 'linkErrorWrongPath',
  meetingIdFormat: 'linkErrorMeetingId',
  passcodeFormat: 'linkErrorPasscode',
  unknownPlatform: 'linkErrorPlatform',
};

/** The localized name of a platform ("Google Meet", "Zoom", "WhatsApp"). */
export function platformLabel(localize: LocalizeController, platform: MeetingPlatform): string {
  const term = PLATFORM_TERMS[platform];
  return term ? (localize.term(term) as string) : String(platform);
}
