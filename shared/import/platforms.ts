/**
 * Platform names as people type them in a spreadsheet → the format's platform ids, and a platform
 * plus handle read from a profile URL. Pure.
 */
import type { Platform } from '../model/types';

/** Lower-case, accents off, only letters and digits: "Tik Tok" → "tiktok", "LinkedIn-pagina" → "linkedinpagina". */
export function squash(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** Exact names (squashed) for each platform. */
const NAMES: ReadonlyArray<readonly [Platform, readonly string[]]> = [
  ['x', ['x', 'twitter', 'tweets', 'xcom', 'twittercom', 'xtwitter', 'twitterx', 'tw']],
  ['facebook', ['facebook', 'fb', 'fbcom', 'facebookcom', 'face book']],
  ['linkedin', ['linkedin', 'li', 'lnkd', 'linkedincom', 'linked in']],
  ['instagram', ['instagram', 'insta', 'ig', 'instagramcom', 'instagr']],
  ['youtube', ['youtube', 'yt', 'youtubecom', 'you tube', 'youtu']],
  ['tiktok', ['tiktok', 'tt', 'tiktokcom', 'douyin']],
  ['threads', ['threads', 'threadsnet', 'instagramthreads', 'metathreads']],
  ['bluesky', ['bluesky', 'bsky', 'bskyapp', 'bskysocial', 'blue sky']],
  ['mastodon', ['mastodon', 'fediverse', 'toot']],
  ['pinterest', ['pinterest', 'pin', 'pinterestcom']],
  ['snapchat', ['snapchat', 'snap', 'sc', 'snapchatcom']],
  ['whatsapp', ['whatsapp', 'wa', 'whatsappbusiness', 'whatsappchannel', 'whatsappkanaal']],
  ['other', ['other', 'overig', 'overige', 'anders', 'andere']],
];

const EXACT: ReadonlyMap<string, Platform> = new Map(NAMES.flatMap(([id, names]) => names.map((name) => [squash(name), id] as const)));

/** Words after a platform name that say what kind of presence it is ("LinkedIn company page", "Facebook-pagina"). */
const SUFFIXES = [
  'companypage',
  'company',
  'page',
  'pages',
  'pagina',
  'bedrijfspagina',
  'account',
  'accounts',
  'profile',
  'profiel',
  'channel',
  'kanaal',
  'group',
  'groep',
  'business',
  'showcasepage',
  'showcase',
  'feed',
  'handle',
  'shorts',
  'reels',
  'stories',
  'live',
  'ads',
  'official',
  'officieel',
  'corporate',
  'nl',
  'be',
  'en',
];

/** Longest names first, so "instagramthreads" is tried before "instagram". */
const PREFIXES: readonly (readonly [string, Platform])[] = [...EXACT.entries()].filter(([name]) => name.length >= 4).sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));

/**
 * The platform a cell names, or null. Accepts names, common abbreviations and spellings ("X",
 * "Twitter", "FB", "Insta", "IG", "YT", "Tik Tok", "LinkedIn company page", "Facebook-pagina"),
 * "X (Twitter)" and profile URLs ("twitter.com/acme", "https://x.com/acme").
 */
export function normalizePlatform(value: string): Platform | null {
  const text = value.trim();
  if (text === '') return null;
  const fromUrl = looksLikeUrl(text) ? platformFromUrl(text) : null;
  if (fromUrl) return fromUrl.platform;
  const key = squash(text);
  if (key === '') return null;
  const exact = EXACT.get(key);
  if (exact) return exact;
  // "X (Twitter)", "Twitter / X": any word of the cell that is a platform on its own.
  const words = text
    .split(/[\s/()|,+&-]+/)
    .map(squash)
    .filter((w) => w !== '');
  const named = new Set<Platform>();
  for (const w of words) {
    const p = EXACT.get(w);
    if (p && p !== 'other' && w.length >= 2 && w !== 'pin' && w !== 'snap') named.add(p);
  }
  if (named.size === 1) return [...named][0] ?? null;
  // A platform name followed by what kind of page it is.
  for (const [name, id] of PREFIXES) {
    if (key.startsWith(name)) {
      const rest = key.slice(name.length);
      if (rest === '' || SUFFIXES.some((s) => rest === s || (rest.startsWith(s) && SUFFIXES.includes(rest.slice(s.length))))) return id;
    }
  }
  return null;
}

/**
 * The nearest platform name for a cell that names none exactly (a typo: "Facebok", "Linkdin"),
 * at most one edit away and only for names of five letters or more; null otherwise.
 */
export function nearestPlatform(value: string): Platform | null {
  const key = squash(value);
  if (key.length < 5) return null;
  let found: Platform | null = null;
  for (const [name, id] of EXACT) {
    if (name.length < 5 || Math.abs(name.length - key.length) > 1) continue;
    if (editDistanceAtMostOne(key, name)) {
      if (found !== null && found !== id) return null;
      found = id;
    }
  }
  return found;
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === b.length) {
    let diff = 0;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++diff > 1) return false;
    // One substitution.
    return true;
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  let j = 0;
  let skipped = false;
  while (i < short.length && j < long.length) {
    if (short[i] === long[j]) {
      i++;
      j++;
    } else if (skipped) return false;
    else {
      skipped = true;
      j++;
    }
  }
  return true;
}

/** Whether a cell looks like a web address (with or without scheme). */
export function looksLikeUrl(text: string): boolean {
  const t = text.trim().toLowerCase();
  return /^https?:\/\//.test(t) || /^www\./.test(t) || /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(\/|$)/.test(t);
}

/** A platform and handle read from a profile URL. */
export interface UrlAccount {
  readonly platform: Platform;
  /** "@acme" where the platform uses @-handles, else the page's own name ("acme", "company/acme"); '' when the URL names none. */
  readonly handle: string;
}

const HOSTS: ReadonlyArray<readonly [RegExp, Platform]> = [
  [/(^|\.)(twitter\.com|x\.com|t\.co)$/, 'x'],
  [/(^|\.)(facebook\.com|fb\.com|fb\.me|facebook\.nl)$/, 'facebook'],
  [/(^|\.)(linkedin\.com|lnkd\.in)$/, 'linkedin'],
  [/(^|\.)(instagram\.com|instagr\.am)$/, 'instagram'],
  [/(^|\.)(youtube\.com|youtu\.be)$/, 'youtube'],
  [/(^|\.)tiktok\.com$/, 'tiktok'],
  [/(^|\.)(threads\.net|threads\.com)$/, 'threads'],
  [/(^|\.)(bsky\.app|bsky\.social)$/, 'bluesky'],
  [/(^|\.)(pinterest\.[a-z.]+|pin\.it)$/, 'pinterest'],
  [/(^|\.)snapchat\.com$/, 'snapchat'],
  [/(^|\.)(whatsapp\.com|wa\.me)$/, 'whatsapp'],
  [/(^|\.)(mastodon\.[a-z.]+|mstdn\.[a-z.]+|[a-z0-9-]+\.social)$/, 'mastodon'],
];

/** Path segments that are not a page's name. */
const NOT_A_NAME = new Set(['company', 'in', 'school', 'showcase', 'pages', 'pg', 'channel', 'c', 'user', 'profile.php', 'people', 'groups', 'home', 'www', 'intent', 'share', 'sharer', 'watch', 'profile']);

/**
 * The platform and handle in a profile URL ("https://www.instagram.com/acme/?hl=nl" →
 * instagram, "@acme"), or null when the host is not a platform's.
 */
export function platformFromUrl(value: string): UrlAccount | null {
  let text = value.trim();
  if (!/^https?:\/\//i.test(text)) text = `https://${text}`;
  const match = /^https?:\/\/([^/?#\s]+)([^?#\s]*)/i.exec(text);
  if (!match) return null;
  const host = (match[1] ?? '').toLowerCase().replace(/:\d+$/, '').replace(/^(www|m|mobile|nl|en|business)\./, '');
  const hit = HOSTS.find(([re]) => re.test(host));
  if (!hit) return null;
  const platform = hit[1];
  const segments = (match[2] ?? '')
    .split('/')
    .map((s) => safeDecode(s))
    .filter((s) => s !== '');
  return { platform, handle: handleFrom(platform, host, segments) };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

const AT_PLATFORMS: ReadonlySet<Platform> = new Set(['x', 'instagram', 'tiktok', 'threads', 'youtube', 'snapchat', 'pinterest']);

function handleFrom(platform: Platform, host: string, segments: readonly string[]): string {
  if (platform === 'linkedin') {
    const kind = segments[0];
    const name = segments[1];
    if ((kind === 'company' || kind === 'showcase' || kind === 'school' || kind === 'in') && name) return `${kind}/${name}`;
    return segments[0] ?? '';
  }
  if (platform === 'bluesky') {
    // bsky.app/profile/acme.bsky.social
    const name = segments[0] === 'profile' ? segments[1] : segments[0];
    return name ? `@${name.replace(/^@/, '')}` : '';
  }
  if (platform === 'mastodon') {
    const name = segments.find((s) => s.startsWith('@'));
    return name ? `${name}@${host}` : '';
  }
  if (platform === 'snapchat' && segments[0] === 'add' && segments[1]) return `@${segments[1]}`;
  const name = segments.find((s) => !NOT_A_NAME.has(s.toLowerCase()));
  if (name === undefined) return '';
  if (platform === 'youtube' && !name.startsWith('@') && (segments[0] === 'channel' || segments[0] === 'c' || segments[0] === 'user')) return name;
  return AT_PLATFORMS.has(platform) ? `@${name.replace(/^@/, '')}` : name;
}
