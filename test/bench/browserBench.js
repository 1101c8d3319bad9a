// Page side of `npm run bench:browser` (plain JS, loaded by browser.html): kept out of the
// TypeScript runner so no transpiler helper (tsx's __name) is serialized into the page.
// window.tarikhBench(json, repeats, steps) → { firsts, work, frames, marks, after, wheel, … }
(function () {
  const frame = () => new Promise((r) => requestAnimationFrame(r));

  window.tarikhBench = async function (json, repeats, steps) {
    const T = window.Tarikh;
    const host = document.getElementById('root');
    const firsts = [];
    let handle = null;
    for (let i = 0; i < repeats; i++) {
      if (handle) handle.destroy();
      host.replaceChildren();
      const tl = JSON.parse(json);
      await frame();
      // Let idle work of the previous instance settle, so it is not charged to this one.
      await new Promise((r) => setTimeout(r, 50));
      await frame();
      performance.mark('tarikh-first-start');
      const t0 = performance.now();
      handle = T.createTimeline(host, tl, { width: 1200, height: 600 });
      host.getBoundingClientRect();
      await frame();
      document.body.offsetHeight;
      firsts.push(performance.now() - t0);
      performance.mark('tarikh-first-end');
    }
    const marks = host.querySelectorAll('g.tarikh-mark').length + host.querySelectorAll('g.tarikh-cluster').length;
    // Zoom in towards the middle of the data, then back out: the spans a wheel gesture visits.
    const tl = JSON.parse(json);
    const times = tl.events.map((e) => Date.parse(e.when.start + (e.when.start.includes('T') ? 'Z' : 'T00:00Z'))).sort((a, b) => a - b);
    const lo = times[0];
    const hi = times[times.length - 1];
    const mid = (lo + hi) / 2;
    const work = [];
    const frames = [];
    // A zoom step draws the marks that stay at once and the arriving ones over the next frames
    // (createTimeline's SLICE_MS), so "work" is the whole frame: from its first animation-frame
    // callback — registered a frame ahead, before the timeline's own — to the end of its forced
    // layout. Frames after the last step count while marks are still arriving.
    let t0 = 0;
    const startNext = () =>
      requestAnimationFrame(() => {
        performance.mark('tarikh-zoom-start');
        t0 = performance.now();
      });
    const complete = () => host.querySelectorAll('g.tarikh-mark').length === handle.layout().marks.length;
    let last = await frame();
    startNext();
    for (let s = 0; s < steps + 10; s++) {
      if (s >= steps && complete()) break;
      const ts = await frame();
      frames.push(ts - last);
      last = ts;
      startNext();
      if (s < steps) {
        const k = s < steps / 2 ? s : steps - s;
        const half = ((hi - lo) / 2) * Math.pow(0.85, k);
        handle.zoomTo(mid - half, mid + half);
      }
      document.body.offsetHeight;
      host.getBoundingClientRect();
      work.push(performance.now() - t0);
      performance.mark('tarikh-zoom-end');
    }
    await frame();
    const after = host.querySelectorAll('g.tarikh-mark').length;
    // The same in/out sequence as a wheel gesture: one synthetic wheel event per animation frame
    // on the middle of the svg (d3-zoom's own listener), 15% per step. "wheel" is the wall time
    // from the first animation-frame callback of the step to the end of its forced layout (the
    // timeline's own frame callback runs between them).
    handle.zoomTo(lo - 1, hi + 1);
    await frame();
    const svg = host.querySelector('svg');
    const box = svg.getBoundingClientRect();
    const at = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
    const wheel = [];
    for (let s = 0; s < steps; s++) {
      const dy = s < steps / 2 ? -101 : 101; // 2^(101 × 0.002) ≈ 1.15: one 15% step
      let t0 = 0;
      requestAnimationFrame(() => {
        performance.mark('tarikh-wheel-start');
        t0 = performance.now();
      });
      svg.dispatchEvent(new WheelEvent('wheel', { deltaY: dy, deltaMode: 0, bubbles: true, cancelable: true, ...at }));
      await new Promise((r) =>
        requestAnimationFrame(() => {
          document.body.offsetHeight;
          host.getBoundingClientRect();
          wheel.push(performance.now() - t0);
          performance.mark('tarikh-wheel-end');
          r();
        }),
      );
    }
    // The gesture ends (d3-zoom: 150 ms without wheel): the full relayout runs.
    performance.mark('tarikh-settle-start');
    const s0 = performance.now();
    await new Promise((r) => setTimeout(r, 300));
    await frame();
    document.body.offsetHeight;
    const settled = handle.layout();
    const settleWall = performance.now() - s0;
    performance.mark('tarikh-settle-end');
    const wheelMarks = host.querySelectorAll('g.tarikh-mark').length;
    // Still moved by the gesture: anything with a transform but marks and label boxes (placed by
    // theirs), and badges whose transform is not their centre.
    const r3 = (n) => Math.round(n * 1000) / 1000;
    const shifted = Array.from(host.querySelectorAll('[transform]:not(g.tarikh-mark, g.tarikh-label-box)')).filter(
      (el) => !(el.matches('g.tarikh-cluster') && el.__data__ !== undefined && el.getAttribute('transform') === `translate(${r3(el.__data__.cx)},${r3(el.__data__.cy)})`),
    ).length;
    handle.destroy();
    return { firsts, work, frames: frames.slice(1), marks, after, wheel, settleWall, wheelMarks, shifted, settledMarks: settled.marks.length };
  };
})();
