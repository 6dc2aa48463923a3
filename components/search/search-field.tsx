'use client';

import { useEffect, useRef, type KeyboardEvent } from 'react';

type Props = {
  id: string;
  label: string;
  placeholder: string;
  className?: string;
  /** Called with the text whenever it changes outside an IME composition, and when one ends. */
  onQuery?: (query: string) => void;
  /** Called the first time the reader focuses or types in the field. */
  onStart?: () => void;
  /** The field's text, when something other than typing changes it (the URL on arrival). */
  value?: string;
};

const EDITABLE = /^(INPUT|TEXTAREA|SELECT)$/;

/**
 * A search input that waits for Chinese input methods: nothing is reported while a composition is
 * open, and Enter that commits a candidate does not submit. `/` focuses it from anywhere on the page
 * except another field; Esc clears it, and a second Esc leaves it.
 */
export function SearchField({ id, label, placeholder, className, onQuery, onStart, value }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const composing = useRef(false);
  const started = useRef(false);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      // A hidden field (the header's, on the results page) leaves the key to the visible one.
      if (!input.current || input.current.offsetParent === null) return;
      if (target && (target.isContentEditable || EDITABLE.test(target.tagName))) return;
      event.preventDefault();
      input.current.focus();
      input.current.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (value !== undefined && input.current && input.current.value !== value) input.current.value = value;
  }, [value]);

  const start = () => {
    if (started.current) return;
    started.current = true;
    onStart?.();
  };
  const report = (text: string) => {
    start();
    onQuery?.(text);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const field = event.currentTarget;
    if (event.key === 'Enter' && (composing.current || event.nativeEvent.isComposing || event.keyCode === 229)) {
      event.preventDefault();
    } else if (event.key === 'Escape' && !composing.current) {
      event.preventDefault();
      if (field.value) {
        field.value = '';
        report('');
      } else {
        field.blur();
      }
    }
  };

  return (
    <>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        ref={input}
        id={id}
        name="q"
        type="search"
        placeholder={placeholder}
        autoComplete="off"
        autoCorrect="off"
        spellCheck={false}
        enterKeyHint="search"
        aria-keyshortcuts="/"
        className={className}
        onFocus={start}
        onKeyDown={onKeyDown}
        onCompositionStart={() => {
          composing.current = true;
        }}
        onCompositionEnd={(event) => {
          composing.current = false;
          report(event.currentTarget.value);
        }}
        onChange={(event) => {
          const native = event.nativeEvent;
          if (!composing.current && !(native instanceof InputEvent && native.isComposing)) report(event.currentTarget.value);
        }}
      />
    </>
  );
}
