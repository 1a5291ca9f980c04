// Whether the signed-in person may call a channel: the UI hides what the door would refuse.
import type { ChannelName } from '../../../contract/channel-names';
import { mayCall } from '../../../contract/permissions';
import { useSession } from './sessionStore';

export function useCan(channel: ChannelName): boolean {
  return useSession((s) => s.user !== null && mayCall(s.user, channel));
}
