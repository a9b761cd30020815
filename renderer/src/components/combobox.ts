/** The id of a combobox's option at `index`, in the list with id `listId`. */
export function optionId(listId: string, index: number): string {
  return `${listId}-${index}`;
}

/**
 * The attributes of a type-ahead box that offers a list (the ARIA combobox pattern): screen readers
 * announce the highlighted option through aria-activedescendant while focus stays in the box.
 */
export function comboboxAttributes(listId: string, expanded: boolean, active: number) {
  return {
    role: 'combobox',
    autoComplete: 'off',
    'aria-expanded': expanded,
    'aria-controls': listId,
    'aria-autocomplete': 'list',
    'aria-activedescendant': expanded ? optionId(listId, active) : undefined,
  } as const;
}
