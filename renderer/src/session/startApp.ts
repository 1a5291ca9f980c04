// What happens between signing in and the first screen: the start screen for the person's role (the roster,
// the Overzicht for a praktijkmanager), and
// (for roles that see the roster) its first rows fetched before the app renders, as at a plain start.
import { mayCall } from '../../../contract/permissions';
import type { SignedInUser } from '../../../contract/schemas/session';
import { takeInitialView, useNavigation } from '../app/navigation';
import { fetchAtStartup } from '../roster/rosterStore';

/** The longest the app waits for the roster's first rows (a slow database still gets a screen). */
const FIRST_ROWS_WAIT_MS = 250;

export function prepareStart(user: SignedInUser): () => Promise<void> {
  return async () => {
    if (!mayCall(user, 'patients.search')) {
      // A praktijkmanager starts on the monthly overview, anyone else without the roster on the settings.
      useNavigation.setState({ view: { name: mayCall(user, 'overview.month') ? 'overview' : 'settings' }, guard: null });
      return;
    }
    const view = takeInitialView();
    useNavigation.setState({ view, guard: null });
    if (view.name !== 'roster') return;
    const waitLimit = new Promise<void>((resolve) => setTimeout(resolve, FIRST_ROWS_WAIT_MS));
    await Promise.race([fetchAtStartup(), waitLimit]);
  };
}
