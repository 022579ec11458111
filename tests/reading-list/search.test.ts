import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '@/utils/reading-list/search';
import { documentTerms, foldText, queryTerms } from '@/utils/reading-list/text';

function index(docs: Record<string, [string, string?]>) {
  const idx = createSearchIndex();
  for (const [id, [text, lang]] of Object.entries(docs)) idx.add(id, documentTerms(text, lang).join(' '));
  return idx;
}
const find = (idx: ReturnType<typeof createSearchIndex>, q: string) => [...(idx.search(q) ?? [])].sort();

describe('text folding', () => {
  it('is case- and diacritic-insensitive, folds ё/й and Kazakh letters', () => {
    expect(foldText('ЁЛКА Café Йогурт')).toBe('елка cafe иогурт');
    expect(foldText('Қазақстан Әділет Өскемен Ұлттық Үкімет Іле Ғылым Һ Ң')).toBe('казакстан адилет оскемен улттык укимет иле гылым х н');
  });
});

describe('search index', () => {
  const idx = index({
    ru1: ['Экономика Казахстана: курс тенге укрепился после решения Нацбанка', 'ru'],
    ru2: ['Футбольный клуб «Кайрат» выиграл матч. Болельщики ликовали.', 'ru'],
    kk1: ['Абай Құнанбайұлының шығармалары. Ақынның кітаптары қайта басылды.', 'kk'],
    kk2: ['Қазақстандағы экономикалық реформалар туралы баяндама', 'kk'],
    en1: ['Senators debate the sports betting bill; bettors and regulators react', 'en'],
    fr1: ['Le café de la gare était fermé', 'fr'],
  });

  it('matches Russian word forms', () => {
    expect(find(idx, 'экономики')).toEqual(['kk2', 'ru1']);
    expect(find(idx, 'курсом тенге')).toEqual(['ru1']);
    expect(find(idx, 'КАЙРАТА')).toEqual(['ru2']);
    expect(find(idx, 'болельщик')).toEqual(['ru2']);
    expect(find(idx, 'матчи')).toEqual(['ru2']);
  });

  it('matches Kazakh word forms, with or without Kazakh letters', () => {
    expect(find(idx, 'кітап')).toEqual(['kk1']);
    expect(find(idx, 'кітаптың')).toEqual(['kk1']);
    expect(find(idx, 'китаптар')).toEqual(['kk1']);
    // Kazakh «Қазақстан» typed with or without Kazakh letters; the Russian spelling «Казахстан» is another word.
    expect(find(idx, 'Қазақстан')).toEqual(['kk2']);
    expect(find(idx, 'казакстандагы')).toEqual(['kk2']);
    expect(find(idx, 'Казахстан')).toEqual(['ru1']);
    expect(find(idx, 'ақын')).toEqual(['kk1']);
  });

  it('is case- and diacritic-insensitive for Latin text too', () => {
    expect(find(idx, 'CAFE')).toEqual(['fr1']);
    expect(find(idx, 'était')).toEqual(['fr1']);
    expect(find(idx, 'bettor')).toEqual(['en1']);
    expect(find(idx, 'regulator bills')).toEqual(['en1']);
  });

  it('matches prefixes as you type, and all words must match', () => {
    expect(find(idx, 'эконом')).toEqual(['kk2', 'ru1']);
    expect(find(idx, 'эк')).toEqual(['kk2', 'ru1']);
    expect(find(idx, 'экономика матч')).toEqual([]);
    expect(idx.search('  ,, ')).toBeNull();
  });

  it('follows adds and removals', () => {
    const i2 = index({ a: ['Алматы метро'] });
    expect(find(i2, 'метро')).toEqual(['a']);
    i2.add('b', documentTerms('Новое метро в Астане').join(' '));
    expect(find(i2, 'метро')).toEqual(['a', 'b']);
    i2.remove('a');
    expect(find(i2, 'метро')).toEqual(['b']);
    i2.add('b', documentTerms('Автобусы').join(' '));
    expect(find(i2, 'метро')).toEqual([]);
    expect(i2.size).toBe(1);
  });

  it('queryTerms gives Russian and Kazakh readings of a Cyrillic word', () => {
    expect(queryTerms('кітаптары')).toEqual([['китап']]);
    expect(queryTerms('').length).toBe(0);
  });
});
