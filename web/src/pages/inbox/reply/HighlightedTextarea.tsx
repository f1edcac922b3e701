import { useLayoutEffect, useMemo, type KeyboardEvent, type Ref } from 'react';
import { segmentText, strongestKind, type TextMark } from './highlightSegments';
import classes from './HighlightedTextarea.module.css';

interface HighlightedTextareaProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  marks: readonly TextMark[];
  label: string;
  placeholder: string;
  onKeyDown?: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
  onBlur?: () => void;
  textareaRef: Ref<HTMLTextAreaElement>;
  element: HTMLTextAreaElement | null;
  maxLength: number;
  describedBy?: string;
}

/**
 * A textarea whose words can be highlighted (guard findings, placeholders to fill). The
 * highlights are React text nodes built from offsets, never HTML: a follower's name or a
 * pasted "<script>" stays text.
 */
export function HighlightedTextarea({ id, value, onChange, marks, label, placeholder, onKeyDown, onBlur, textareaRef, element, maxLength, describedBy }: HighlightedTextareaProps) {
  const segments = useMemo(() => segmentText(value, marks), [value, marks]);

  // Grow with the text so the frame, not the textarea, scrolls (the backdrop cannot follow a textarea's own scroll).
  useLayoutEffect(() => {
    if (!element) return;
    element.style.height = 'auto';
    element.style.height = `${element.scrollHeight}px`;
  }, [element, value]);

  return (
    <div className={classes.frame}>
      <div className={classes.stack}>
        <div className={classes.backdrop} aria-hidden data-testid="reply-highlights">
          {segments.map((segment) => {
            const kind = strongestKind(segment.kinds);
            return kind === null ? (
              segment.text
            ) : (
              <mark key={segment.start} className={classes.mark} data-kind={kind}>
                {segment.text}
              </mark>
            );
          })}
          {/* A trailing newline needs something after it to take up its line. */}
          {'\u200b'}
        </div>
        <textarea
          id={id}
          ref={textareaRef}
          className={classes.input}
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
          aria-label={label}
          aria-describedby={describedBy}
          placeholder={placeholder}
          maxLength={maxLength}
          rows={3}
          spellCheck
          data-testid="reply-text"
        />
      </div>
    </div>
  );
}
