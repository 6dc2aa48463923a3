import type { ThemeId } from '@/lib/content/themes';

// One motif per theme, drawn from its place: 湘湖 ripples, 金平湖 grain, 瓯江 waves, 西湖 hills, a bridge.
const MOTIF: Record<ThemeId, string> = {
  xiaoshan: 'M0 60 Q40 48 80 60 T160 60 T240 60 T320 60 M0 80 Q40 68 80 80 T160 80 T240 80 T320 80',
  pinghu: 'M20 90 L20 40 M20 50 L10 40 M20 60 L30 50 M60 90 L60 30 M60 40 L50 30 M60 50 L70 40 M100 90 L100 45 M100 55 L90 45 M100 65 L110 55',
  wenzhou: 'M0 70 C30 50 50 90 80 70 S130 50 160 70 S210 90 240 70 S290 50 320 70 M0 95 C30 75 50 115 80 95 S130 75 160 95 S210 115 240 95 S290 75 320 95',
  hangzhou: 'M0 100 L60 55 L100 80 L150 35 L210 85 L260 60 L320 100',
  duikou: 'M10 100 Q160 10 310 100 M60 100 L60 68 M110 100 L110 48 M160 100 L160 42 M210 100 L210 48 M260 100 L260 68',
};

export function ThemeBanner({ theme }: { theme: ThemeId }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 320 110"
      preserveAspectRatio="xMaxYMid meet"
      className="pointer-events-none absolute inset-y-0 right-0 hidden h-full w-2/3 max-w-md opacity-25 md:block"
    >
      <path d={MOTIF[theme]} fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}
