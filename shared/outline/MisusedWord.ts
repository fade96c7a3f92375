/** A dictionary entry: a form often written by mistake and what it should be. */
export interface MisusedWord {
  wrong: string;
  right: string;
  /** Correct phrases containing `wrong` (e.g. 疏理河道), which are never flagged. */
  except?: readonly string[];
}
