/** A claim by one user on a section and its whole subtree. */
export interface SectionLock {
  sectionId: string;
  holderId: string;
  holderName: string;
  holderColor: string;
  /** ISO time the lock was granted. */
  since: string;
  /** ISO time of the holder's last edit inside the section (or the grant). */
  lastEditAt: string;
}
