import type { Screens } from './App';
import { CallEndedView } from './call/CallEndedView';
import { InterviewView } from './InterviewView';
import { ManualCopyDialog } from './ManualCopyDialog';
import { NewInterviewForm } from './NewInterviewForm';
import { Shortcuts } from './Shortcuts';

/** The side panel's screens past the list, loaded with the rest of the page (entrypoints/sidepanel/rest.tsx). */
export const screens: Screens = { Shortcuts, NewInterviewForm, InterviewView, CallEndedView, ManualCopyDialog };
