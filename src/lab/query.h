// Snapshots as JSON, for the JS API's query(what) (SPEC §6.2) and the
// native tests. Each function takes a snapshot (snapshot.h) and writes one
// JSON value; none keeps state.
#pragma once

#include <string>
#include <vector>

#include "kernel/event.h"
#include "lab/snapshot.h"

namespace forklab::lab {

// The label on the tree edge from a parent to a child it forked: what
// fork() returned on each side, e.g. "fork() = 1234" and "fork() = 0".
std::string fork_label_in_parent(const ProcessRow& child);
std::string fork_label_in_child(const ProcessRow& child);

// {"instret":N,"processes":[{"pid":2,"children":[...],"fork_label_parent":..}]}:
// the process tree, roots first (init, and any process whose parent is gone).
std::string tree_json(const ProcessTable& table);

// {"pid":N,"root_frame":N,"brk":N,"regions":[..],"pages":[{"vaddr":..,"pte":..,
//  "frame":..,"refcount":..,"cow":bool,"flags":"VRWXU..","sharers":[pids]}],
//  "cow_shared_pages":N,"cow_copies":[events]}
std::string memory_json(const AddressSpaceView& space, const FrameOwners& owners, const kernel::EventLog& events);

// {"frames":N,"free":N,"owners":[[pids] or null per frame]} (only used frames are listed by index)
std::string frame_map_json(const FrameOwners& owners);

std::string fds_json(i32 pid, const std::vector<FdRow>& fds);
std::string signals_json(const SignalView& view);
std::string cpu_json(const CpuView& cpu);

// The retained events with seq >= since, at most `limit` (the newest ones
// when more match), optionally only those of one pid (0: all).
std::string events_json(const kernel::EventLog& log, u64 since, usize limit, i32 pid = 0);

}  // namespace forklab::lab
