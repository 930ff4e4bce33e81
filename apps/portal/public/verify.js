/*
 * The person's own check, in their browser (issue 13, scope 4; ADR 0017). No framework, no build,
 * no inline script: the portal serves this file under a CSP of `script-src 'self'; connect-src 'self'`.
 *
 * It trusts neither the portal's verdict nor the hub. With the keys printed on the page (the hub
 * log's vkey, the witnesses' vkeys and the quorum) it:
 *  1. fetches the witnessed checkpoint (c2sp.org/tlog-checkpoint) and checks the hub's Ed25519
 *     signature and at least `quorum` witness cosignatures (c2sp.org/tlog-cosignature) with WebCrypto;
 *  2. checks that this checkpoint extends the one this browser saw before (kept in localStorage):
 *     an RFC 9162 consistency proof it builds itself from the public tiles (c2sp.org/tlog-tiles);
 *  3. for each of the person's entries: reads the entry from the entry bundle tile, builds its
 *     inclusion proof from the hash tiles, verifies it to the checkpoint's root, and checks that the
 *     entry's commitment opens to the person's pseudonym with the opening the page carries.
 * Only tile paths and the checkpoint are asked for, through the portal (public, cacheable reads): no
 * person identifier leaves the page. The verdict is written in words in the page's language (the
 * texts come from the page), in an aria-live region.
 */
/* global document, window, crypto, fetch, localStorage, atob, TextEncoder, TextDecoder */
(function () {
  'use strict';
  var section = document.getElementById('browser-check');
  if (!section) return;
  var verdict = document.getElementById('browser-verdict');
  var details = document.getElementById('browser-details');
  var data = section.dataset;
  var STORE_KEY = 'rse.tlog.checkpoint.' + data.origin;
  var encoder = new TextEncoder();
  var tiles = new Map();

  function say(text, state) {
    section.setAttribute('data-state', state);
    verdict.textContent = text;
  }
  function message(name, values) {
    var text = data['msg' + name] || '';
    Object.keys(values || {}).forEach(function (key) {
      text = text.split('{' + key + '}').join(String(values[key]));
    });
    return text;
  }
  function fail(reason) {
    var error = new Error(reason);
    error.reason = reason;
    return error;
  }

  // ---- bytes ----
  function concat(parts) {
    var length = parts.reduce(function (sum, part) {
      return sum + part.length;
    }, 0);
    var out = new Uint8Array(length);
    var offset = 0;
    parts.forEach(function (part) {
      out.set(part, offset);
      offset += part.length;
    });
    return out;
  }
  function fromBase64(text) {
    var binary = atob(text);
    var out = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i += 1) out[i] = binary.charCodeAt(i);
    return out;
  }
  function equal(a, b) {
    if (a.length !== b.length) return false;
    for (var i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
    return true;
  }
  async function sha256(bytes) {
    return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  }
  // RFC 9162 §2.1.1: leaves are hashed with a 0x00 prefix, interior nodes with 0x01.
  function hashLeaf(entry) {
    return sha256(concat([new Uint8Array([0]), entry]));
  }
  function hashChildren(left, right) {
    return sha256(concat([new Uint8Array([1]), left, right]));
  }

  // ---- signed note, checkpoint, cosignatures (c2sp.org/signed-note, tlog-checkpoint, tlog-cosignature) ----
  async function keyId(name, type, key) {
    var digest = await sha256(concat([encoder.encode(name + '\n'), new Uint8Array([type]), key]));
    return ((digest[0] << 24) >>> 0) + (digest[1] << 16) + (digest[2] << 8) + digest[3];
  }
  async function parseVkey(vkey, expectedType) {
    // name+keyid+base64(type ‖ key): the base64 itself may hold '+'.
    var parts = /^([^+\s]+)\+([0-9a-f]{8})\+([A-Za-z0-9+/]+=*)$/.exec(vkey);
    if (!parts) throw fail('keys');
    parts = parts.slice(1);
    var raw = fromBase64(parts[2]);
    if (raw.length !== 33 || raw[0] !== expectedType) throw fail('keys');
    var key = raw.slice(1);
    if ((await keyId(parts[0], expectedType, key)) !== parseInt(parts[1], 16)) throw fail('keys');
    var cryptoKey = await crypto.subtle.importKey('raw', key, { name: 'Ed25519' }, false, ['verify']);
    return { name: parts[0], id: parseInt(parts[1], 16), key: cryptoKey };
  }
  function parseNote(note) {
    var split = note.lastIndexOf('\n\n');
    if (split < 0 || !note.endsWith('\n')) return null;
    var text = note.slice(0, split + 1);
    var signatures = note
      .slice(split + 2, -1)
      .split('\n')
      .map(function (line) {
        var match = /^\u2014 (\S+) ([A-Za-z0-9+/]+=*)$/.exec(line);
        if (!match) return null;
        var blob = fromBase64(match[2]);
        if (blob.length < 5) return null;
        var id = ((blob[0] << 24) >>> 0) + (blob[1] << 16) + (blob[2] << 8) + blob[3];
        return { name: match[1], id: id, blob: blob.slice(4) };
      });
    if (signatures.some((s) => s === null)) return null;
    return { text: text, signatures: signatures };
  }
  function verifyEd25519(key, signature, message) {
    return crypto.subtle.verify({ name: 'Ed25519' }, key, signature, message).catch(function () {
      return false;
    });
  }
  async function openCheckpoint(note, logKey, witnesses, quorum) {
    var parsed = parseNote(note);
    if (!parsed) throw fail('signature');
    var lines = parsed.text.split('\n');
    if (lines.length < 4 || lines[0] !== data.origin || !/^(0|[1-9][0-9]*)$/.test(lines[1])) throw fail('signature');
    var size = Number(lines[1]);
    var root = fromBase64(lines[2]);
    if (root.length !== 32) throw fail('signature');
    var body = encoder.encode(parsed.text);
    var signed = false;
    for (var s of parsed.signatures) {
      if (s.name === logKey.name && s.id === logKey.id && s.blob.length === 64 && (await verifyEd25519(logKey.key, s.blob, body)))
        signed = true;
    }
    if (!signed) throw fail('signature');
    var cosigners = new Set();
    for (var witness of witnesses) {
      for (var c of parsed.signatures) {
        if (c.name !== witness.name || c.id !== witness.id || c.blob.length !== 72) continue;
        var time = 0;
        for (var i = 0; i < 8; i += 1) time = time * 256 + c.blob[i];
        var cosigned = encoder.encode('cosignature/v1\ntime ' + time + '\n' + parsed.text);
        if (await verifyEd25519(witness.key, c.blob.slice(8), cosigned)) cosigners.add(witness.name);
      }
    }
    if (cosigners.size < quorum) throw fail('quorum');
    return { size: size, root: root, rootText: lines[2], cosigners: cosigners.size };
  }

  // ---- tiles (c2sp.org/tlog-tiles) ----
  function tileIndex(index) {
    var segments = [];
    do {
      segments.unshift(String(index % 1000).padStart(3, '0'));
      index = Math.floor(index / 1000);
    } while (index > 0);
    return segments
      .map(function (segment, i) {
        return i < segments.length - 1 ? 'x' + segment : segment;
      })
      .join('/');
  }
  function tileWidth(level, index, treeSize) {
    var below = Math.floor(treeSize / Math.pow(256, level));
    return (index + 1) * 256 <= below ? 256 : below % 256;
  }
  async function fetchTile(kind, index, width) {
    var path = data.base + '/tile/' + kind + '/' + tileIndex(index) + (width < 256 ? '.p/' + width : '');
    if (!tiles.has(path)) {
      tiles.set(
        path,
        fetch(path, { credentials: 'omit' }).then(async function (response) {
          if (!response.ok) throw fail('unavailable');
          return new Uint8Array(await response.arrayBuffer());
        }),
      );
    }
    return tiles.get(path);
  }
  /** The stored hash at Merkle height 8·level, index `index`, of the tree of `treeSize`. */
  async function storedHash(level, index, treeSize) {
    var tile = Math.floor(index / 256);
    var bytes = await fetchTile(String(level), tile, tileWidth(level, tile, treeSize));
    var offset = (index % 256) * 32;
    if (bytes.length < offset + 32) throw fail('proof');
    return bytes.slice(offset, offset + 32);
  }
  /** A complete subtree's hash: height h, index k, from the tile at level ⌊h/8⌋ (2^(h mod 8) hashes folded). */
  async function node(height, index, treeSize) {
    var level = Math.floor(height / 8);
    var span = Math.pow(2, height % 8);
    var hashes = [];
    for (var i = 0; i < span; i += 1) hashes.push(await storedHash(level, index * span + i, treeSize));
    while (hashes.length > 1) {
      var next = [];
      for (var j = 0; j < hashes.length; j += 2) next.push(await hashChildren(hashes[j], hashes[j + 1]));
      hashes = next;
    }
    return hashes[0];
  }
  function isPowerOfTwo(n) {
    while (n > 1 && n % 2 === 0) n /= 2;
    return n === 1;
  }
  function largestPowerOfTwoBelow(n) {
    var k = 1;
    while (k * 2 < n) k *= 2;
    return k;
  }
  /** MTH(D[start:end]) (RFC 9162 §2.1.1), from complete subtrees only. */
  async function subtree(start, end, treeSize) {
    var n = end - start;
    if (isPowerOfTwo(n) && start % n === 0) return node(Math.log2(n), start / n, treeSize);
    var k = largestPowerOfTwoBelow(n);
    return hashChildren(await subtree(start, start + k, treeSize), await subtree(start + k, end, treeSize));
  }
  /** PATH(m, D[start:end]) (RFC 9162 §2.1.3.1). */
  async function inclusionPath(m, start, end, treeSize) {
    var n = end - start;
    if (n === 1) return [];
    var k = largestPowerOfTwoBelow(n);
    if (m < k) return (await inclusionPath(m, start, start + k, treeSize)).concat([await subtree(start + k, end, treeSize)]);
    return (await inclusionPath(m - k, start + k, end, treeSize)).concat([await subtree(start, start + k, treeSize)]);
  }
  /** SUBPROOF(m, D[start:end], b) (RFC 9162 §2.1.4.1). */
  async function consistencyPath(m, start, end, isComplete, treeSize) {
    var n = end - start;
    if (m === n) return isComplete ? [] : [await subtree(start, end, treeSize)];
    var k = largestPowerOfTwoBelow(n);
    if (m <= k) return (await consistencyPath(m, start, start + k, isComplete, treeSize)).concat([await subtree(start + k, end, treeSize)]);
    return (await consistencyPath(m - k, start + k, end, false, treeSize)).concat([await subtree(start, start + k, treeSize)]);
  }

  // ---- proof verification (RFC 9162 §2.1.3.2 and §2.1.4.2), independent of how the proof was built ----
  var odd = (x) => x % 2 === 1;
  var half = (x) => Math.floor(x / 2);
  async function verifyInclusion(leafIndex, treeSize, leafHash, path, root) {
    if (leafIndex >= treeSize) return false;
    var fn = leafIndex;
    var sn = treeSize - 1;
    var r = leafHash;
    for (var p of path) {
      if (sn === 0) return false;
      if (odd(fn) || fn === sn) {
        r = await hashChildren(p, r);
        if (!odd(fn))
          while (!odd(fn) && fn !== 0) {
            fn = half(fn);
            sn = half(sn);
          }
      } else {
        r = await hashChildren(r, p);
      }
      fn = half(fn);
      sn = half(sn);
    }
    return sn === 0 && equal(r, root);
  }
  async function verifyConsistency(first, second, firstRoot, secondRoot, path) {
    if (first === second) return path.length === 0 && equal(firstRoot, secondRoot);
    if (first === 0) return true;
    if (first > second || path.length === 0) return false;
    if (isPowerOfTwo(first)) path = [firstRoot].concat(path);
    var fn = first - 1;
    var sn = second - 1;
    while (odd(fn)) {
      fn = half(fn);
      sn = half(sn);
    }
    var fr = path[0];
    var sr = path[0];
    for (var c of path.slice(1)) {
      if (sn === 0) return false;
      if (odd(fn) || fn === sn) {
        fr = await hashChildren(c, fr);
        sr = await hashChildren(c, sr);
        if (!odd(fn))
          while (!odd(fn) && fn !== 0) {
            fn = half(fn);
            sn = half(sn);
          }
      } else {
        sr = await hashChildren(sr, c);
      }
      fn = half(fn);
      sn = half(sn);
    }
    return equal(fr, firstRoot) && equal(sr, secondRoot) && sn === 0;
  }

  // ---- the person's entries ----
  async function entryBytes(leafIndex, treeSize) {
    var tile = Math.floor(leafIndex / 256);
    var bundle = await fetchTile('entries', tile, tileWidth(0, tile, treeSize));
    var offset = 0;
    for (var i = 0; i <= leafIndex % 256; i += 1) {
      if (offset + 2 > bundle.length) throw fail('proof');
      var length = bundle[offset] * 256 + bundle[offset + 1];
      if (offset + 2 + length > bundle.length) throw fail('proof');
      if (i === leafIndex % 256) return bundle.slice(offset + 2, offset + 2 + length);
      offset += 2 + length;
    }
    throw fail('proof');
  }
  async function isAboutPerson(entry, opening) {
    var leg;
    try {
      leg = JSON.parse(new TextDecoder().decode(entry));
    } catch {
      return false;
    }
    if (!leg || typeof leg !== 'object') return false;
    if (leg.v === 2) {
      if (!opening) return false;
      var commitment = await sha256(concat([encoder.encode('rse/subject-commitment/v1\n'), fromBase64(data.subject), fromBase64(opening)]));
      return typeof leg.subjectCommitment === 'string' && equal(commitment, fromBase64(leg.subjectCommitment));
    }
    return leg.subject === data.subject;
  }
  async function checkEntry(element, checkpoint) {
    var leafIndex = Number(element.dataset.leafIndex);
    if (!Number.isSafeInteger(leafIndex) || leafIndex >= checkpoint.size) return 'pending';
    var entry = await entryBytes(leafIndex, checkpoint.size);
    var path = await inclusionPath(leafIndex, 0, checkpoint.size, checkpoint.size);
    if (!(await verifyInclusion(leafIndex, checkpoint.size, await hashLeaf(entry), path, checkpoint.root))) return 'failed';
    return (await isAboutPerson(entry, element.dataset.opening)) ? 'verified' : 'failed';
  }

  function remembered() {
    try {
      var saved = JSON.parse(localStorage.getItem(STORE_KEY) || 'null');
      if (saved && Number.isSafeInteger(saved.size) && typeof saved.root === 'string') return saved;
    } catch {
      return null;
    }
    return null;
  }

  async function run() {
    if (!window.crypto || !crypto.subtle) throw fail('unsupported');
    say(message('Checking'), 'checking');
    var logKey;
    var witnesses;
    try {
      logKey = await parseVkey(data.logKey, 1);
      witnesses = [];
      for (var vkey of (data.witnessKeys || '').split(' ').filter(Boolean)) witnesses.push(await parseVkey(vkey, 4));
    } catch (error) {
      throw fail(error && error.name === 'NotSupportedError' ? 'unsupported' : 'keys');
    }
    var response = await fetch(data.base + '/checkpoint', { credentials: 'omit', cache: 'no-store' });
    if (!response.ok) throw fail('unavailable');
    var checkpoint = await openCheckpoint(await response.text(), logKey, witnesses, Number(data.quorum));

    // Consistency with the checkpoint this browser saw before (either may be the larger one).
    var before = remembered();
    var consistentWith = null;
    if (before && before.size > 0) {
      var small = before.size <= checkpoint.size ? { size: before.size, root: fromBase64(before.root) } : checkpoint;
      var large = before.size <= checkpoint.size ? checkpoint : { size: before.size, root: fromBase64(before.root) };
      var path = await consistencyPath(small.size, 0, large.size, true, large.size);
      if (!(await verifyConsistency(small.size, large.size, small.root, large.root, path))) throw fail('inconsistent');
      consistentWith = before.size;
    }
    if (!before || checkpoint.size >= before.size) {
      try {
        localStorage.setItem(STORE_KEY, JSON.stringify({ size: checkpoint.size, root: checkpoint.rootText }));
      } catch {
        // Private browsing: no memory of the checkpoint, the rest of the check still holds.
      }
    }

    var entries = Array.prototype.slice.call(document.querySelectorAll('[data-browser-entry]'));
    var counts = { verified: 0, failed: 0, pending: 0 };
    for (var element of entries) {
      var result;
      try {
        result = await checkEntry(element, checkpoint);
      } catch (error) {
        if (error && error.reason === 'unavailable') throw error;
        result = 'failed';
      }
      counts[result] += 1;
      element.textContent =
        (result === 'verified' ? '✓ ' : result === 'failed' ? '✗ ' : '… ') + message('Entry' + result[0].toUpperCase() + result.slice(1));
      element.className = 'browser-verdict ' + result;
    }
    var facts = message('Checkpoint', { size: checkpoint.size, cosigners: checkpoint.cosigners });
    if (consistentWith !== null) facts += ' ' + message('Consistent', { size: consistentWith });
    details.textContent = facts;
    if (counts.failed > 0) say('✗ ' + message('Failed', { count: counts.failed }), 'failed');
    else if (counts.verified === 0) say('… ' + message('Pending', { count: counts.pending }), 'unknown');
    else
      say(
        '✓ ' +
          message('Verified', { count: counts.verified }) +
          (counts.pending > 0 ? ' ' + message('Pending', { count: counts.pending }) : ''),
        'verified',
      );
  }

  run().catch(function (error) {
    var reason = (error && error.reason) || 'unavailable';
    if (reason === 'unavailable' || reason === 'unsupported') say(message('Reason' + reason[0].toUpperCase() + reason.slice(1)), 'unknown');
    else say('✗ ' + message('Reason' + reason[0].toUpperCase() + reason.slice(1)), 'failed');
    if (reason !== 'unavailable' && reason !== 'unsupported') {
      document.querySelectorAll('[data-browser-entry]').forEach(function (element) {
        element.textContent = '✗ ' + message('EntryFailed');
        element.className = 'browser-verdict failed';
      });
    }
  });
})();
