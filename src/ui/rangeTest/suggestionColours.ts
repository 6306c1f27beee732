/** One colour per suggestion, shared by the chart's marks and the list's swatches. */
import type { SuggestionName } from '../../callbacks/rangeTest/suggestions';

export const SUGGESTION_COLOURS: Record<SuggestionName, string> = { valley: '#1b9e77', steep: '#d95f02', 'minimum/10': '#7570b3' };
