/**
 * Free text someone typed (a review opinion, a reason) as a clause of a notice's sentence that
 * ends with the notice's own "。": the text's final stop is dropped, so an opinion typed with a
 * full stop does not read "。。" (issue 19).
 */
export function clause(text: string | null | undefined): string {
  return (text ?? '').trim().replace(/[。．.；;，,、\s]+$/u, '');
}
