import { css } from 'lit';

export const styles = css`
  .bubble {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
    align-self: flex-start;
    max-inline-size: min(36rem, 90%);
    padding-block: 0.75rem;
    padding-inline: 1rem;
    border-radius: calc(var(--_radius) * 2);
    border-start-start-radius: 0.25rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
  }
  .bubble.sent {
    align-self: flex-end;
    border-start-start-radius: calc(var(--_radius) * 2);
    border-start-end-radius: 0.25rem;
  }
  .bubble blockquote {
    white-space: pre-line;
  }
  .bubble figcaption {
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .chat-button {
    margin-block-start: 0.25rem;
  }
`;
