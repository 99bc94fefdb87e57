import { css } from 'lit';

/** Layout shared by `<session-request-detail>` and `<message-request-detail>`. */
export const detailStyles = css`
  /* Server text wraps anywhere (a 100,000-character word must not widen the view); not in tokens.ts's base:
     the first paint (cards, tabs) does without it. */
  .wrap {
    overflow-wrap: anywhere;
    word-break: break-word;
  }
  :host {
    display: block;
  }
  .detail {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    background: var(--_bg);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  p,
  h2,
  h3,
  figure,
  blockquote {
    margin: 0;
  }
  .heading {
    font-size: 1.25rem;
    line-height: 1.3;
  }
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  .label {
    font-size: 0.875rem;
    font-weight: 700;
    color: var(--_muted);
    text-transform: none;
  }
  .muted {
    color: var(--_muted);
  }
  .person {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    min-block-size: 4rem;
  }
  .avatar-wrap {
    cursor: pointer;
    display: inline-flex;
  }
  .who {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    min-inline-size: 0;
  }
  .name {
    align-self: flex-start;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_text);
    font: inherit;
    font-size: 1.125rem;
    font-weight: 700;
    text-align: start;
    cursor: pointer;
    border-radius: 2px;
  }
  .name:hover {
    text-decoration: underline;
    color: var(--_primary);
  }
  .designations,
  .experience,
  .direction {
    color: var(--_muted);
    font-size: 0.9375rem;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .status {
    display: inline-flex;
    align-items: center;
    padding-block: 0.125rem;
    padding-inline: 0.625rem;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 0.8125rem;
    font-weight: 700;
    color: var(--_primary);
    background: var(--_bg);
  }
  .status.accepted {
    color: var(--_success);
  }
  .status.rejected {
    color: var(--_danger);
  }
  .status.expired {
    color: var(--_warning);
  }
  .notice {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    /* Notices quote the person's name ("Slot booked with …"): a long word must wrap. */
    overflow-wrap: anywhere;
    padding-block: 0.625rem;
    padding-inline: 0.875rem;
    border-radius: var(--_radius);
    background: var(--_surface);
    border-inline-start: 4px solid var(--_border);
  }
  .notice.success {
    border-inline-start-color: var(--_success);
  }
  .notice.info {
    border-inline-start-color: var(--_primary);
  }
  .error {
    padding-block: 0.625rem;
    padding-inline: 0.875rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_danger);
    border-inline-start-width: 4px;
    color: var(--_danger);
    background: var(--_bg);
    font-weight: 600;
  }
  .error:empty {
    display: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .actions[aria-busy='true'] {
    cursor: progress;
  }
  .state {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5rem;
    min-block-size: 12rem;
  }
  .skeleton {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
  }
  .skeleton .who {
    flex: 1;
    gap: 0.5rem;
  }
  .skeleton .lines {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .bone {
    display: block;
    background: color-mix(in srgb, var(--_text) 10%, var(--_bg));
    border-radius: var(--_radius);
    animation: pulse 1.4s ease-in-out infinite;
  }
  .bone.avatar {
    border-radius: 50%;
  }
  .bone.line {
    block-size: 0.875rem;
  }
  .bone.pill {
    block-size: 1.5rem;
    inline-size: 5rem;
    border-radius: 999px;
  }
  .bone.btn {
    block-size: 2.5rem;
    inline-size: 6rem;
  }
  .w30 {
    inline-size: 30%;
  }
  .w40 {
    inline-size: 40%;
  }
  .w60 {
    inline-size: 60%;
  }
  .w70 {
    inline-size: 70%;
  }
  .w90 {
    inline-size: 90%;
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (forced-colors: active) {
    .status,
    .notice,
    .bone {
      border: 1px solid CanvasText;
    }
    .name {
      color: LinkText;
    }
  }
`;
