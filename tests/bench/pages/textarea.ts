import { longAnswer } from './data';

// Extension pages forbid inline scripts, so the 10,000 characters come from a module.
const answer = document.getElementById('answer');
if (answer instanceof HTMLTextAreaElement) answer.value = longAnswer();
