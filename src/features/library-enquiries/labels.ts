/** "in_person" → "In person": the enquiry options as people read them. */
export const optionLabel = (value: string) => (value.charAt(0).toUpperCase() + value.slice(1)).replace(/_/g, " ");
