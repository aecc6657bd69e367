/**
 * Every stylesheet of the side panel, loaded with its first chunk (issue 17)
 * so the screens that load later come styled at once, the page keeps one
 * stylesheet, and the cascade is the one the panel had as a single chunk:
 * the components' sheets in this order, the theme last. Each component
 * still imports its own sheet; this first import fixes where it lands.
 */
import './CandidateMessage.css';
import './SummaryPreview.css';
import './MarkButtons.css';
import './call/CallEnded.css';
import './call/CallBanner.css';
import './InterviewList.css';
import './PacingBar.css';
import './ShortcutsHelp.css';
import './steps/match/Match.css';
import './StepBody.css';
import './StepCopy.css';
import './StepNav.css';
import './InterviewView.css';
import './ManualCopyDialog.css';
import './StatusRegion.css';
import './theme.css';
