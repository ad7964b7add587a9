/**
 * A setting holding a list of peers, split by the code and one item called per request: the call's
 * target is the setting, whose list resolution reads whole (addresses.ts `peerList`).
 */
import { describe, expect, it } from 'vitest';
import type { Source } from '../../source.js';
import { code, readSnippet, summarise } from './code-test-support.js';
import { goCodeSource } from './go-source.js';
import { jvmCodeSource } from './jvm-source.js';
import { pythonCodeSource } from './python-source.js';
import { rubyCodeSource } from './ruby-source.js';
import { typescriptCodeSource } from './typescript-source.js';

const PEERS = { key: 'PEERS' };

describe('peer lists: a call on one item of a split setting targets the setting', () => {
  it.each<[string, Source, string, string, object | undefined]>([
    [
      'Python: comprehension over split, random.choice, scheme added in place',
      pythonCodeSource,
      'app/views.py',
      code`
        import os, random, requests
        PEERS = [p.strip() for p in os.environ.get("PEERS", "").split(",") if p.strip()]
        def ping():
            host = random.choice(PEERS)
            if not host.startswith("http"):
                host = f"http://{host}:3000"
            return requests.get(f"{host}/api/stats")
      `,
      PEERS,
    ],
    [
      'Python: a for loop over the split setting',
      pythonCodeSource,
      'app/views.py',
      code`
        import os, requests
        def ping_all():
            for host in os.environ["PEERS"].split(","):
                requests.get(f"http://{host}/api/stats")
      `,
      PEERS,
    ],
    [
      'Node: split, filter(Boolean), a random index',
      typescriptCodeSource,
      'src/server.js',
      code`
        const axios = require('axios');
        const peers = (process.env.PEERS || '').split(',').filter(Boolean);
        async function ping() {
          const peer = peers[Math.floor(Math.random() * peers.length)];
          return axios.get(\`\${peer}/api/stats\`);
        }
      `,
      PEERS,
    ],
    [
      'Node: map(trim) keeps the hosts',
      typescriptCodeSource,
      'src/server.ts',
      code`
        import axios from 'axios';
        const peers = process.env.PEERS!.split(',').map((p) => p.trim());
        export const ping = () => axios.get(\`http://\${peers[Math.floor(Math.random() * peers.length)]}:3000/api\`);
      `,
      PEERS,
    ],
    [
      'Go: range over strings.Split appending to a slice a function returns',
      goCodeSource,
      'main.go',
      code`
        package main
        import ("fmt"; "math/rand"; "net/http"; "os"; "strings")
        func peers() []string {
          var out []string
          for _, p := range strings.Split(os.Getenv("PEERS"), ",") { out = append(out, p) }
          return out
        }
        func ping() {
          listed := peers()
          peer := listed[rand.Intn(len(listed))]
          http.Get(fmt.Sprintf("%s/api/stats", peer))
        }
      `,
      PEERS,
    ],
    [
      'Java: System.getenv split, a random index',
      jvmCodeSource,
      'src/main/java/a/Ping.java',
      code`
        package a;
        import java.util.concurrent.ThreadLocalRandom;
        import org.springframework.web.client.RestTemplate;
        public class Ping {
          private final RestTemplate rest = new RestTemplate();
          private final String[] peers = System.getenv("PEERS").split(",");
          public String ping() {
            String peer = peers[ThreadLocalRandom.current().nextInt(peers.length)].trim();
            return rest.getForObject("http://" + peer + ":3000/api/stats", String.class);
          }
        }
      `,
      PEERS,
    ],
    [
      'Ruby: split and sample',
      rubyCodeSource,
      'app/services/pinger.rb',
      code`
        require "net/http"
        class Pinger
          def ping
            peer = ENV.fetch("PEERS", "").split(",").sample
            Net::HTTP.get(URI("http://#{peer}:3000/api/stats"))
          end
        end
      `,
      PEERS,
    ],
    [
      'Go: items trimmed, blanks skipped and a scheme and port added in the loop before appending',
      goCodeSource,
      'cmd/pinger/main.go',
      code`
        package main
        import ("math/rand"; "net/http"; "os"; "strings")
        func main() {
          var peers []string
          for _, s := range strings.Split(os.Getenv("PEERS"), ",") {
            s = strings.TrimSpace(s)
            if s == "" { continue }
            if !strings.HasPrefix(s, "http") { s = "http://" + s + ":3000" }
            peers = append(peers, s)
          }
          http.Get(peers[rand.Intn(len(peers))] + "/api/stats")
        }
      `,
      PEERS,
    ],
    [
      'Ruby: map(&:strip) and reject(&:empty?) keep the hosts',
      rubyCodeSource,
      'app/services/pinger.rb',
      code`
        require "net/http"
        class Pinger
          def ping
            host = ENV.fetch('PEERS', '').split(',').map(&:strip).reject(&:empty?).sample
            Net::HTTP.get(URI("http://#{host}:3000/api/stats"))
          end
        end
      `,
      PEERS,
    ],
    [
      'Rails: a custom setting read from the application configuration another file sets',
      rubyCodeSource,
      'app/services/pinger.rb',
      code`
        require "net/http"
        class Pinger
          def ping
            host = Rails.configuration.peer_services.sample
            Net::HTTP.get(URI("http://#{host}:3000/api/stats"))
          end
        end
      `,
      { key: 'code:Rails.configuration.peer_services' },
    ],
    [
      'a literal position is not a pick: not followed',
      typescriptCodeSource,
      'src/first.js',
      code`
        const axios = require('axios');
        const peers = process.env.PEERS.split(';;');
        axios.get(\`\${peers[0]}/api\`);
      `,
      undefined,
    ],
  ])('%s', async (_name, source, path, text, target) => {
    const calls = summarise(await readSnippet(source, path, text)).filter((fact) => 'role' in fact && fact.role === 'calls');
    if (target === undefined) expect(calls.map((fact) => ('target' in fact ? fact.target : undefined))).not.toContainEqual(expect.objectContaining(PEERS));
    else expect(calls).toEqual([expect.objectContaining({ mechanism: 'rest', target: expect.objectContaining(target) })]);
  });
});
