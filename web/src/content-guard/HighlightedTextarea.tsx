import { useMemo, type KeyboardEvent, type Ref } from 'react';
import { segmentText, strongestKind, type TextMark } from './highlightSegments';
import classes from './HighlightedTextarea.module.css';

interface HighlightedTextareaProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  /** Guard findings by severity, and unfilled `{variables}` where the caller has them. */
  marks: readonly TextMark[];
  placeholder: string;
  maxLength: number;
  textareaRef: Ref<HTMLTextAreaElement>;
  /** End-to-end tests find `<prefix>-text` and `<prefix>-highlights`. */
  testIdPrefix: string;
  /** Only when no visible <label> points at `id`. */
  label?: string;
  describedBy?: string;
  onKeyDown?: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
  /** 'md' for a page's main editor, 'sm' for a box that shares the screen. */
  size?: 'sm' | 'md';
  /** Past this height (px) the frame scrolls; without it the box grows with the text. */
  maxHeight?: number;
}

/**
 * A textarea whose words are highlighted (guard findings, placeholders to fill). The marks
 * are React text nodes cut at UTF-16 offsets, never HTML: a follower's name or a pasted
 * "<script>" stays text.
 */
export function HighlightedTextarea({ id, value, onChange, marks, placeholder, maxLength, textareaRef, testIdPrefix, label, describedBy, onKeyDown, size = 'md', maxHeight }: HighlightedTextareaProps) {
  const segments = useMemo(() => segmentText(value, marks), [value, marks]);
  return (
    <div className={classes.frame} data-size={size} style={maxHeight === undefined ? undefined : { maxHeight, overflowY: 'auto' }}>
      <div className={classes.backdrop} aria-hidden data-testid={`${testIdPrefix}-highlights`}>
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
        aria-label={label}
        aria-describedby={describedBy}
        placeholder={placeholder}
        maxLength={maxLength}
        spellCheck
        data-testid={`${testIdPrefix}-text`}
      />
    </div>
  );
}
