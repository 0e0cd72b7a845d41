import type { CertificateType } from '@lx/shared/certificate-schemas';

/** The paths of step 3's fields, as the server names them in `fieldErrors`. */
export function detailsFieldPaths(type: CertificateType): string[] {
  return [
    ...type.fields.map((field) => `values.${field.name}`),
    'contactEmail',
    ...(type.namesLawyers ? ['lawyerIds'] : []),
    'paper.needed',
    'paper.quantity',
    'paper.pickup',
    'paper.recipient',
    'paper.phone',
    'paper.address',
  ];
}

/**
 * The server's field errors split into those a field shows (`lawyerIds.2` on 选择律师) and the
 * messages no field of the form can show.
 */
export function placeFieldErrors(
  fieldErrors: Record<string, string>,
  fieldPaths: readonly string[],
): { placed: Record<string, string>; unplaced: string[] } {
  const placed: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const [path, message] of Object.entries(fieldErrors)) {
    const field = fieldPaths.find((p) => path === p || path.startsWith(`${p}.`));
    if (field) placed[field] ??= message;
    else unplaced.push(message);
  }
  return { placed, unplaced };
}
