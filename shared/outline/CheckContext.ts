/** Facts about a report that live outside its text, which some rules need. */
export interface CheckContext {
  /** Comment threads not yet resolved; unknown (not checked) when absent. */
  openThreadCount?: number;
}
