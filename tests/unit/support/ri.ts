/**
 * The built-in Reverse Interview's kind fields, keyed as its steps scope them
 * (arena choice `arenas`, grid `reality`, growth modes `growth`, match
 * `match`), and the kind updates with the script-level signatures the tests
 * were written with. Need ids are the step's own: `reality/technical/learn`,
 * `growth/mentoring`.
 */
import { keys as common, type Interview } from '../../../lib/interview';
import { reverseInterview, type Script, stepOfKind } from '../../../lib/script';
import { stepProgress } from '../../../lib/steps';
import * as choice from '../../../lib/steps/arena-choice';
import { gridKey } from '../../../lib/steps/arena-grid';
import * as growth from '../../../lib/steps/growth-modes';
import * as match from '../../../lib/steps/match';

export { newCustomArenaId } from '../../../lib/steps/arena-choice';
export { type MatchDecision, type Need, needAnswered, needTouched } from '../../../lib/steps/match';
export { stepProgress };

const CHOICE = 'arenas';
const GRID = 'reality';
const MODES = 'growth';
const MATCH = 'match';

export const keys = {
  ...common,
  arena: (arenaId: string) => choice.arenaKeys.chosen(CHOICE, arenaId),
  customArena: (arenaId: string) => choice.arenaKeys.custom(CHOICE, arenaId),
  grid: (arenaId: string, questionId: string) => gridKey(GRID, arenaId, questionId),
  mode: (modeId: string) => growth.modeKeys.mode(MODES, modeId),
  preferredMode: growth.modeKeys.preferred(MODES),
  offer: (needId: string, supportId: string) => match.matchKeys.offer(MATCH, needId, supportId),
  noOffer: (needId: string) => match.matchKeys.noOffer(MATCH, needId),
  match: (needId: string, offeringId: string) => match.matchKeys.decision(MATCH, needId, offeringId),
  matchNote: (needId: string, offeringId: string) => match.matchKeys.note(MATCH, needId, offeringId),
  offeringName: (needId: string, offeringId: string) => match.matchKeys.offeringName(MATCH, needId, offeringId),
  offeringKind: (needId: string, offeringId: string) => match.matchKeys.offeringKind(MATCH, needId, offeringId),
  offeringModes: (needId: string, offeringId: string) => match.matchKeys.offeringModes(MATCH, needId, offeringId),
  discuss: (needId: string) => match.matchKeys.discuss(MATCH, needId),
  /** The gap recorded against their preferred mode's need. */
  gap: (modeId: string) => match.matchKeys.gap(MATCH, `${MODES}/${modeId}`),
};

function stepOf<K extends 'arenaChoice' | 'arenaGrid' | 'growthModes' | 'match'>(script: Script, kind: K) {
  const step = stepOfKind(script, kind);
  if (!step) throw new Error(`the script has no ${kind} step`);
  return step;
}

export const allArenas = (i: Interview, script: Script = reverseInterview) => choice.allArenas(i, stepOf(script, 'arenaChoice'));
export const chosenArenas = (i: Interview, script: Script = reverseInterview) =>
  choice.chosenArenas(i, stepOf(script, 'arenaChoice'));
export const maxArenas = (script: Script = reverseInterview) => stepOfKind(script, 'arenaChoice')?.maxArenas ?? 0;
export const toggleArena = (i: Interview, script: Script, arenaId: string, on: boolean, t: number) =>
  choice.toggleArena(i, stepOf(script, 'arenaChoice'), arenaId, on, t);
export const addCustomArena = (i: Interview, script: Script, label: string, id: string, t: number) =>
  choice.addCustomArena(i, stepOf(script, 'arenaChoice'), label, id, t);
export const setPreferredMode = (i: Interview, modeId: string, t: number) =>
  growth.setPreferredMode(i, stepOf(reverseInterview, 'growthModes'), modeId, t);
export const toggleMode = (i: Interview, modeId: string, on: boolean, t: number) =>
  growth.toggleMode(i, stepOf(reverseInterview, 'growthModes'), modeId, on, t);
export const deriveNeeds = (i: Interview, script: Script = reverseInterview) =>
  match.deriveNeeds(i, script, stepOf(script, 'match'));
export const acceptedFor = (i: Interview, needId: string) => match.acceptedFor(i, MATCH, needId);
export const decidedFor = (i: Interview, needId: string, decision: match.MatchDecision) =>
  match.decidedFor(i, MATCH, needId, decision);
export const decisionFields = (
  needId: string,
  offering: { id: string; name: string; kind: string; modes: readonly string[] },
  decision: match.MatchDecision | '',
) => match.decisionFields(MATCH, needId, offering, decision);
