import { Directive, ElementRef, Input, inject } from '@angular/core';
import type { RequestsAdapter, RequestsBadge, RequestsPage } from 'mentoring-requests';

/**
 * Types `[adapter]` for Angular's template type checker. Angular checks a property binding on a plain
 * element only as an expression, never against the element's property type (its compiler's
 * `checkTypeOfDomBindings` is off in every mode, not an option), so with `CUSTOM_ELEMENTS_SCHEMA` alone
 * `[adapter]="42"` compiles. This directive claims the `adapter` input of the two tags with its type and
 * sets the element's property itself, as the plain binding does. Optional: without it the template works
 * the same, untyped. (The events need nothing: see inbox.component.ts.)
 */
@Directive({ selector: 'requests-page[adapter], requests-badge[adapter]' })
export class AdapterInput {
  readonly #element = inject<ElementRef<RequestsPage | RequestsBadge>>(ElementRef).nativeElement;

  @Input({ required: true }) set adapter(adapter: RequestsAdapter) {
    this.#element.adapter = adapter;
  }
}
