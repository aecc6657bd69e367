import type { Catalogue } from './schema';

/**
 * A small, believable catalogue to start from (empty state → "Load example
 * catalogue"). It is an example of the shape, not a promise: the options page
 * says to replace it with what the company really has.
 */
export const exampleCatalogue: Catalogue = {
  schema: 1,
  offerings: [
    {
      id: 'learning-budget',
      name: 'Yearly learning budget',
      kind: 'resources',
      description: 'Every engineer has a yearly budget for courses, books and conference tickets, spent without sign-off.',
      modes: ['courses'],
      arenas: ['technical', 'personal'],
      tags: ['courses', 'books', 'conferences', 'certification'],
    },
    {
      id: 'mentoring-programme',
      name: 'Mentoring programme',
      kind: 'people',
      description: 'A mentor from another team, one hour every two weeks for six months, chosen together with you.',
      modes: ['mentoring'],
      arenas: ['leadership', 'personal', 'teamwork'],
      tags: ['mentor', 'career', 'feedback'],
    },
    {
      id: 'pairing-rotation',
      name: 'Pairing rotation',
      kind: 'people',
      description: 'Two weeks a quarter pairing full time with a senior engineer on their real work.',
      modes: ['apprenticeship'],
      arenas: ['technical', 'teamwork'],
      tags: ['pairing', 'code review', 'architecture'],
    },
    {
      id: 'tech-lead-track',
      name: 'Tech lead track',
      kind: 'opportunities',
      description: 'Lead a small project with a tech lead beside you, then lead one on your own.',
      modes: ['apprenticeship', 'other'],
      arenas: ['leadership'],
      tags: ['leading', 'project', 'delegation', 'planning'],
    },
    {
      id: 'internal-talks',
      name: 'Friday internal talks',
      kind: 'opportunities',
      description: 'Give a 20-minute talk to the engineering group on something you learned; help with slides if you want it.',
      modes: ['other'],
      arenas: ['personal', 'teamwork', 'technical'],
      tags: ['speaking', 'presenting', 'confidence'],
    },
  ],
};
