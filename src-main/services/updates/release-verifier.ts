import { load } from 'js-yaml';
import { z } from 'zod';
import type { Keyring } from '../signing/ed25519';
import { verifyReleaseFile } from './release-signature';

/** The fields of an update channel file that matter for trust (electron-updater's UpdateInfo). */
export interface ReleaseInfo {
  version: string;
  files: readonly { url: string; sha512: string }[];
}

const channelFileSchema = z.looseObject({
  version: z.string(),
  files: z.array(z.looseObject({ url: z.string(), sha512: z.string() })).min(1),
});

export type ReleaseCheck =
  { ok: true } | { ok: false; reason: 'not-signed' | 'signature-mismatch'; detail: string };

/**
 * Fetches the channel file and its `.sig` from the federation's server, checks the Ed25519
 * signature, and checks that what electron-updater is about to download (its UpdateInfo,
 * fetched separately) is exactly what the federation signed: same version, same files,
 * same SHA-512. electron-updater then checks the download against that SHA-512.
 */
export async function verifyRelease(input: {
  channelFileUrl: string;
  info: ReleaseInfo;
  keyring: Keyring;
  fetch?: typeof fetch;
  timeoutMs?: number;
}): Promise<ReleaseCheck> {
  const get = async (url: string) => {
    const response = await (input.fetch ?? fetch)(url, {
      signal: AbortSignal.timeout(input.timeoutMs ?? 20_000),
    });
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
    return Buffer.from(await response.arrayBuffer());
  };
  let channelFile: Buffer;
  let signature: Buffer;
  try {
    [channelFile, signature] = await Promise.all([
      get(input.channelFileUrl),
      get(`${input.channelFileUrl}.sig`),
    ]);
  } catch (error) {
    return { ok: false, reason: 'not-signed', detail: String(error).slice(0, 200) };
  }
  const check = verifyReleaseFile(channelFile, signature.toString('utf8'), input.keyring);
  if (!check.ok) return { ok: false, reason: 'not-signed', detail: check.reason };
  let signed: z.infer<typeof channelFileSchema>;
  try {
    signed = channelFileSchema.parse(load(channelFile.toString('utf8')));
  } catch {
    return { ok: false, reason: 'not-signed', detail: 'signed channel file is not valid' };
  }
  return sameRelease(signed, input.info)
    ? { ok: true }
    : {
        ok: false,
        reason: 'signature-mismatch',
        detail: `${input.info.version} is not what was signed`,
      };
}

function sameRelease(signed: ReleaseInfo, offered: ReleaseInfo): boolean {
  if (signed.version !== offered.version || signed.files.length !== offered.files.length) {
    return false;
  }
  return offered.files.every((file) =>
    signed.files.some((each) => each.url === file.url && each.sha512 === file.sha512),
  );
}
