import type { Script } from './schema';

/**
 * The built-in Reverse Interview, after Scott Smeester's method ("How CIOs
 * Attract Better Talent Through Reverse Interviews", 2022). The structure and
 * facts are the method's; every sentence here is written in our own words.
 */
export const reverseInterview: Script = {
  id: 'reverse-interview',
  name: 'Reverse Interview',
  // 2: the words said aloud, read as a hiring manager would say them (issue 21).
  version: 2,
  credit: 'Method by Scott Smeester, "How CIOs Attract Better Talent Through Reverse Interviews" (2022).',
  steps: [
    {
      id: 'difference',
      kind: 'questions',
      title: 'State the difference',
      short: 'Difference',
      budgetMinutes: 2,
      say: 'Before we get to the role, a word on how I would like to use part of our time. I want to hear where you want to grow, so I can tell you honestly what we could do to help, and where we could not.',
      guidance: [
        'Say it in your own voice; two sentences are enough.',
        'Skills and fit still matter, and they are covered elsewhere. Here the question is what we can do for them.',
      ],
      checks: [{ id: 'said', label: 'I explained that this interview is about their growth' }],
      questions: [{ id: 'note', label: 'Note', text: 'Note on how they took it (optional)' }],
    },
    {
      id: 'arenas',
      kind: 'arenaChoice',
      title: 'Arenas for goal-setting',
      short: 'Arenas',
      budgetMinutes: 3,
      say: 'People tend to grow at work in a few areas: technical skills, working with peers and in a team, leading others, and personal development. Which of these matter most to you right now? Pick up to four, and tell me if there is one I have not named.',
      guidance: [
        'Let them choose the arenas that matter most to them, at most four, so each one gets real time.',
        'An arena in their own words counts as much as ours: add it as they said it.',
      ],
      arenas: [
        { id: 'technical', label: 'Technical growth' },
        { id: 'teamwork', label: 'Peer relationships and teamwork' },
        { id: 'leadership', label: 'Leadership growth' },
        { id: 'personal', label: 'Personal development at work' },
      ],
      maxArenas: 4,
      allowCustom: true,
      checks: [],
      questions: [],
    },
    {
      id: 'reality',
      kind: 'arenaGrid',
      title: 'Current reality',
      short: 'Reality',
      budgetMinutes: 16,
      say: "Let's take the areas you picked one at a time. For each: what you are already good at, what you want to learn, and what gets in the way.",
      guidance: [
        'Name the area before each set of questions. Keep each area to a few minutes.',
        'Write down their words rather than your judgement of them.',
      ],
      grid: [
        { id: 'strengths', label: 'Already good at', text: 'What are you already good at in this area?' },
        { id: 'learn', label: 'Wants to learn or improve', text: 'What would you like to learn or get better at in this area?' },
        { id: 'obstacles', label: 'Biggest obstacles', text: 'What gets most in the way of growing in this area?' },
      ],
      needs: ['learn', 'obstacles'],
      obstacles: ['obstacles'],
      checks: [],
      questions: [],
    },
    {
      id: 'growth',
      kind: 'growthModes',
      title: 'How they grow best',
      short: 'Growth',
      budgetMinutes: 5,
      say: 'Think of a time you grew a lot at work. How did it happen: a course, a mentor, learning the work beside someone experienced, or something else? Most people mix them. Which works best for you?',
      guidance: [
        'Tick every way that has worked for them, then the one they prefer.',
        'Ask for an example: what did they learn, and how?',
      ],
      modes: [
        { id: 'courses', label: 'Course work' },
        { id: 'mentoring', label: 'Mentoring' },
        { id: 'apprenticeship', label: 'Apprenticeship', description: 'learning on real work beside someone experienced' },
        { id: 'other', label: 'Something else' },
      ],
      checks: [],
      questions: [{ id: 'notes', label: 'Notes', text: 'Examples of how they grew, and what did not work' }],
    },
    {
      id: 'match',
      kind: 'match',
      title: 'Match what we offer',
      short: 'Match',
      budgetMinutes: 8,
      say: 'Let me tell you what we can really offer for what you have told me, and where we cannot help today.',
      guidance: [
        'Name only what really exists here. If nothing fits, say so: an honest gap beats a promise nobody can keep.',
        'Tie each need to people who can help, resources that help them get ahead, or opportunities that stretch them.',
      ],
      supports: [
        { id: 'people', label: 'People', description: 'people who can help them succeed' },
        { id: 'resources', label: 'Resources', description: 'resources that help them get ahead' },
        { id: 'opportunities', label: 'Opportunities', description: 'opportunities that challenge them' },
      ],
      checks: [],
      questions: [{ id: 'reaction', label: 'Their reaction', text: 'How did they react to what we offer?' }],
    },
  ],
};
