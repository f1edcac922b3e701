// Synthetic inbound events for benchmarks: realistic texts from the simulator's generator,
// spread over posts, DMs and authors like a busy brand account, with some duplicates.
import { GLOWRIA } from '../channels/simulator/brand.js';
import { FollowerMessageGenerator } from '../channels/simulator/message-generator.js';
import { createRandom } from '../channels/simulator/random.js';
import type { InboundEvent } from '../channels/types.js';

export function syntheticEvents(count: number, start: number, seed = 'bench'): InboundEvent[] {
  const random = createRandom(seed);
  const generator = new FollowerMessageGenerator({ random, brand: GLOWRIA });
  const events: InboundEvent[] = [];
  const authors = Math.max(50, Math.floor(count / 8));
  const posts = Math.max(10, Math.floor(count / 200));
  for (let index = 0; index < count; index++) {
    const author = Math.floor(random() * authors);
    const direct = random() < 0.25;
    const text = generator.generate().text;
    events.push({
      kind: direct ? 'direct_message' : 'comment',
      networkMessageId: `bench-${seed}-${index}`,
      ...(direct ? { directThreadId: `dm-${author}` } : { rootPostNetworkId: `post-${Math.floor(random() * posts)}`, rootPostText: 'Glowria post' }),
      author: { networkId: `u-${author}`, handle: `follower${author}`, displayName: `Follower ${author}` },
      text,
      sentAt: start + index * 50,
    });
  }
  return events;
}
