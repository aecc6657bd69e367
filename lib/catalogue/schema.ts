import { z } from '../zod';

/**
 * The company's real offerings, which step 5 matches to the candidate's
 * needs. Personal entries live in `storage.local` (key `catalogue`); an
 * administrator's entries come from managed storage and get ids `org.<id>`.
 */

export const KINDS = ['people', 'resources', 'opportunities'] as const;
export const KindSchema = z.enum(KINDS);
export type Kind = z.infer<typeof KindSchema>;

/** The method's three kinds of support, in the words step 5 uses. */
export const kindLabels: Record<Kind, string> = {
  people: 'People',
  resources: 'Resources',
  opportunities: 'Opportunities',
};

/**
 * The growth mode ids of the built-in script's step 4 (a unit test keeps the
 * two in step), so an offering's modes compare directly with the candidate's.
 */
export const MODE_IDS = ['courses', 'mentoring', 'apprenticeship', 'other'] as const;
export const ModeIdSchema = z.enum(MODE_IDS);
export type ModeId = z.infer<typeof ModeIdSchema>;

/** The managed prefix is added by merge.ts, never stored in the personal catalogue. */
export const MANAGED_PREFIX = 'org.';

/** Short, lower-case, safe inside interview field keys (`match:<need>:<offering>`). */
export const OfferingIdSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'expected a short lower-case id'));

const ArenaIdSchema = z.string().check(z.regex(/^[a-z][a-z0-9-]{0,59}$/, 'expected an arena id'));

/** Only http(s): a link is something the interviewer may open or paste into an ATS. */
export const LinkSchema = z.string().check(
  z.refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'expected an http(s) link'),
);

export const OfferingSchema = z.object({
  id: OfferingIdSchema,
  name: z.string().check(z.trim(), z.minLength(1, 'a name is needed'), z.maxLength(120)),
  kind: KindSchema,
  /** A sentence or two the interviewer can read out. */
  description: z.string().check(z.maxLength(1000)),
  modes: z.array(ModeIdSchema),
  arenas: z.array(ArenaIdSchema),
  tags: z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(40))).check(z.maxLength(20)),
  link: z.optional(LinkSchema),
});
export type Offering = z.infer<typeof OfferingSchema>;

export const CatalogueSchema = z
  .object({
    schema: z.literal(1),
    offerings: z.array(OfferingSchema).check(z.maxLength(500)),
  })
  .check(
    z.refine((c) => new Set(c.offerings.map((o) => o.id)).size === c.offerings.length, {
      message: 'offering ids must be unique',
      path: ['offerings'],
    }),
  );
export type Catalogue = z.infer<typeof CatalogueSchema>;

export const EMPTY_CATALOGUE: Catalogue = { schema: 1, offerings: [] };

/** An offering as the panel and options page see it: where it came from travels with it. */
export interface CatalogueEntry extends Offering {
  source: 'org' | 'personal';
}
