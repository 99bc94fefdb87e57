/**
 * Registers the six tags as a host does (`define.js`) and waits for the four that arrive in a lazily
 * loaded chunk (the details, the dialog and the badge), so that a test can render any of them at once.
 */
import { ready } from '../../src/define.js';

await ready;
