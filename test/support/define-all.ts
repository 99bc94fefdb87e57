/**
 * Registers the five tags as a host does (`define.js`) and waits for the three that arrive in a lazily
 * loaded chunk (the details and the dialog), so that a test can render any of them at once.
 */
import { ready } from '../../src/define.js';

await ready;
