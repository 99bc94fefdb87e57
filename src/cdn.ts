/** Entry of the single-file CDN build: registers the tags and exposes the public API. */
import './define.js';
export * from './index.js';
