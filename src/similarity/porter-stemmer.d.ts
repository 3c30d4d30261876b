// natural ships no declaration for this file; we import it by path so that the bundle does not pull
// in the whole of natural (its index loads every tokenizer, classifier and WordNet helper).
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}
