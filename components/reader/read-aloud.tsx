import { useEffect, useRef, useState } from 'react';
import { splitSentences } from '@/lib/reader/sentences';

type Sentence = { text: string; range: Range; paragraph: Element };
type Status = 'idle' | 'playing' | 'paused';

/** A Mandarin voice if there is one (mainland first), else any Chinese voice; null hides the control. */
function chineseVoice(voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | null {
  const lang = (voice: SpeechSynthesisVoice) => voice.lang.replace('_', '-').toLowerCase();
  const chinese = voices.filter((v) => /^(zh|cmn|yue)\b/.test(lang(v)));
  return chinese.find((v) => /^(zh-cn|zh-hans|cmn-hans|cmn-cn)/.test(lang(v))) ?? chinese.find((v) => !/^(yue|zh-hk)/.test(lang(v))) ?? chinese[0] ?? null;
}

/** Every sentence of the body's paragraphs, in order, as text to speak and a range to highlight. */
function collectSentences(body: Element): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of body.querySelectorAll('p')) {
    const nodes: { node: Text; start: number }[] = [];
    let text = '';
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!(node instanceof Text) || node.parentElement?.closest('.para-link')) continue;
      nodes.push({ node, start: text.length });
      text += node.data;
    }
    const at = (offset: number, isEnd: boolean) => {
      const hit = nodes.findLast((n) => (isEnd ? n.start < offset : n.start <= offset)) ?? nodes[0]!;
      return [hit.node, offset - hit.start] as const;
    };
    for (const [start, end] of splitSentences(text)) {
      const range = document.createRange();
      range.setStart(...at(start, false));
      range.setEnd(...at(end, true));
      sentences.push({ text: text.slice(start, end).trim(), range, paragraph });
    }
  }
  return sentences;
}

/** Marks the sentence being read and keeps it in view; a paragraph class where CSS highlights are missing. */
function mark(sentence: Sentence | null) {
  document.querySelector('.reading-aloud')?.classList.remove('reading-aloud');
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) {
    if (sentence) CSS.highlights.set('read-aloud', new Highlight(sentence.range));
    else CSS.highlights.delete('read-aloud');
  } else if (sentence) {
    sentence.paragraph.classList.add('reading-aloud');
  }
  if (!sentence) return;
  const box = sentence.range.getBoundingClientRect();
  if (box.top < 0 || box.bottom > window.innerHeight) {
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    window.scrollBy({ top: box.top - window.innerHeight / 3, behavior: smooth ? 'smooth' : 'auto' });
  }
}

const button = 'inline-flex min-h-11 items-center gap-1.5 rounded border border-rule bg-paper px-3 text-ink hover:border-ink';

/** 朗读: the browser's speech synthesis in zh-CN, one sentence at a time. Hidden without a Chinese voice. */
export function ReadAloud({ onError }: { onError: (message: string) => void }) {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null);
  const [status, setStatus] = useState<Status>('idle');
  const run = useRef(0);
  const toggleButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // Some browsers (and embedded web views) have no speech synthesis at all.
    const synth: SpeechSynthesis | undefined = window.speechSynthesis;
    if (!synth) return;
    // Voices often arrive after load (and getVoices() is empty until then).
    const pick = () => setVoice(chineseVoice(synth.getVoices()));
    pick();
    synth.addEventListener('voiceschanged', pick);
    const stop = () => synth.cancel();
    window.addEventListener('pagehide', stop);
    return () => {
      synth.removeEventListener('voiceschanged', pick);
      window.removeEventListener('pagehide', stop);
      synth.cancel();
    };
  }, []);

  const finish = () => {
    run.current += 1;
    window.speechSynthesis.cancel();
    mark(null);
    setStatus('idle');
  };

  const play = () => {
    const body = document.querySelector('.reading');
    if (!body || !voice) return;
    const synth = window.speechSynthesis;
    synth.cancel();
    const sentences = collectSentences(body);
    const id = (run.current += 1);
    const speak = (index: number) => {
      if (run.current !== id) return;
      const sentence = sentences[index];
      if (!sentence) return finish();
      mark(sentence);
      const utterance = new SpeechSynthesisUtterance(sentence.text);
      utterance.lang = 'zh-CN';
      utterance.voice = voice;
      utterance.onend = () => speak(index + 1);
      utterance.onerror = (event) => {
        if (run.current !== id || event.error === 'interrupted' || event.error === 'canceled') return;
        finish();
        onError(`朗读中断（${event.error}），请再试一次。`);
      };
      synth.speak(utterance);
    };
    setStatus('playing');
    speak(0);
  };

  const toggle = () => {
    if (status === 'idle') return play();
    if (status === 'playing') window.speechSynthesis.pause();
    else window.speechSynthesis.resume();
    setStatus(status === 'playing' ? 'paused' : 'playing');
  };
  const stop = () => {
    finish();
    toggleButton.current?.focus();
  };

  return (
    <div role="group" aria-label="朗读" hidden={!voice} className="flex flex-wrap gap-2">
      <button ref={toggleButton} type="button" onClick={toggle} className={button}>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 fill-none stroke-current" strokeWidth="1.8" strokeLinejoin="round">
          {status === 'playing' ? <path d="M8 5v14M16 5v14" /> : <path d="M4 9h4l5-4v14l-5-4H4zM16.5 8.5a5 5 0 0 1 0 7M19 6a8.5 8.5 0 0 1 0 12" />}
        </svg>
        {status === 'idle' ? '朗读全文' : status === 'playing' ? '暂停朗读' : '继续朗读'}
      </button>
      {status === 'idle' ? null : (
        <button type="button" onClick={stop} className={button}>
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 fill-current">
            <rect x="6" y="6" width="12" height="12" rx="1" />
          </svg>
          停止朗读
        </button>
      )}
    </div>
  );
}
