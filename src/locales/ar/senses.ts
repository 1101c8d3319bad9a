import type { EventType } from '../../model/types.js';

/**
 * Kinds of one event type that are never the same happening: on one state visit the welcome
 * ceremony, the wreath at a memorial and the state dinner are three ceremonies on one day, with the
 * same people. The DATA of src/events/findSense.ts: a mention takes the kind whose cue word stands
 * nearest its trigger in its clause group (the trigger word itself counts: استقبله is a welcome).
 * Written plainly; the engine folds them and strips the clitics و ف ب ل ال.
 */
export interface SenseEntry {
  type: EventType;
  /** A short language-neutral name of the kind: 'welcome', 'wreath'. */
  kind: string;
  /** Words that tell this kind (bare stems; a word matches a cue it starts with, for cues of 4+ letters). */
  cues: readonly string[];
}

export const senses: readonly SenseEntry[] = [
  {
    type: 'ceremony',
    kind: 'welcome',
    cues: ['استقبال', 'استقبل', 'يستقبل', 'التحية', 'تحية', 'طلقات', 'طلقة', 'مدفعية', 'عيارا', 'حرس الشرف', 'ترحيب', 'مرحبا', 'السجاد الأحمر'],
  },
  {
    type: 'ceremony',
    kind: 'wreath',
    cues: ['إكليل', 'إكليلا', 'أكاليل', 'باقة', 'زهور', 'الزهور', 'الزهر', 'ضريح', 'نصب', 'النصب', 'قبر الجندي المجهول'],
  },
  { type: 'ceremony', kind: 'banquet', cues: ['عشاء', 'مأدبة', 'غداء', 'وليمة'] },
  { type: 'ceremony', kind: 'funeral', cues: ['جنازة', 'تشييع', 'جثمان', 'دفن', 'تأبين'] },
  { type: 'ceremony', kind: 'inauguration', cues: ['تنصيب', 'اليمين', 'تدشين', 'افتتاح'] },
  { type: 'ceremony', kind: 'commemoration', cues: ['ذكرى', 'الذكرى', 'عيد', 'يوم الدولة'] },
  // A dismissal, an appointment and an oath of the same people are three happenings.
  { type: 'appointment', kind: 'dismissal', cues: ['أقال', 'يقيل', 'إقالة', 'أعفى', 'يعفي', 'إعفاء'] },
  { type: 'appointment', kind: 'appointment', cues: ['عين', 'يعين', 'تعيين'] },
  { type: 'appointment', kind: 'office', cues: ['تولى', 'يتولى', 'تولي'] },
  { type: 'appointment', kind: 'oath', cues: ['اليمين', 'القسم', 'تنصيب'] },
  { type: 'attack', kind: 'assassination', cues: ['اغتيال', 'اغتال', 'محاولة اغتيال'] },
  { type: 'attack', kind: 'air-strike', cues: ['غارة', 'غارات', 'مسيرة', 'مسيرات', 'صاروخ', 'صواريخ', 'قصف'] },
];
