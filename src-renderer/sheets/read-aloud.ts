import { useEffect, useState } from 'react';

/**
 * Reading aloud with the platform's own speech synthesis (Windows voices, speech-dispatcher
 * on Linux). Nothing leaves the borne. Where no voice speaks the sheet's language, the
 * button is not shown at all rather than reading French text with an English voice.
 */
function synthesis(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window
    ? window.speechSynthesis
    : null;
}

function voiceFor(language: string): SpeechSynthesisVoice | undefined {
  const base = (language.split('-')[0] ?? language).toLowerCase();
  const voices = synthesis()?.getVoices() ?? [];
  return (
    voices.find((voice) => voice.lang.toLowerCase().startsWith(`${base}-`) && voice.localService) ??
    voices.find((voice) => voice.lang.toLowerCase().split(/[-_]/)[0] === base)
  );
}

/** Whether a voice for this language exists; updates when the platform loads its voices. */
export function useCanReadAloud(language: string): boolean {
  const [available, setAvailable] = useState(() => voiceFor(language) !== undefined);
  useEffect(() => {
    const speech = synthesis();
    if (!speech) return;
    const update = () => setAvailable(voiceFor(language) !== undefined);
    update();
    speech.addEventListener('voiceschanged', update);
    return () => speech.removeEventListener('voiceschanged', update);
  }, [language]);
  return available;
}

/** Reads the texts one after the other, after stopping anything being read. */
export function readAloud(texts: readonly string[], language: string, onDone?: () => void): void {
  const speech = synthesis();
  const voice = voiceFor(language);
  if (!speech || !voice) return;
  speech.cancel();
  texts.forEach((text, index) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    // A little slower than the default: calm, for people reading with difficulty.
    utterance.rate = 0.9;
    if (index === texts.length - 1 && onDone) {
      utterance.addEventListener('end', onDone);
      utterance.addEventListener('error', onDone);
    }
    speech.speak(utterance);
  });
}

export function stopReadingAloud(): void {
  synthesis()?.cancel();
}
