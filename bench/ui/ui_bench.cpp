// UI frame time with 1000 live processes (SPEC §9): boots the lab with
// --nproc 1024, runs a guest that makes 1000 processes, then draws frames
// with every panel open and prints the host milliseconds per frame (the
// CPU work of a frame: snapshots, panels, ImGui layout; no GPU).
//
//   ui_bench [PROCESSES] [FRAMES]
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iterator>
#include <vector>

#include "ui/lab_ui.h"

using namespace forklab;

namespace {

double thread_cpu_ms() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

void print_figures(const char* what, std::vector<double> ms) {
  std::sort(ms.begin(), ms.end());
  double sum = 0;
  for (double m : ms) sum += m;
  std::printf("  %s: mean %.2f ms, median %.2f ms, p95 %.2f ms, max %.2f ms\n", what, sum / double(ms.size()),
              ms[ms.size() / 2], ms[ms.size() * 95 / 100], ms.back());
}

}  // namespace

int main(int argc, char** argv) {
  int processes = argc > 1 ? std::atoi(argv[1]) : 1000;
  int frames = argc > 2 ? std::atoi(argv[2]) : 120;
  std::ifstream in(MANY_ELF, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "ui_bench: cannot read %s\n", MANY_ELF);
    return 1;
  }
  std::string elf{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};

  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(1280, 720);
  io.DeltaTime = 1.0f / 60;
  unsigned char* pixels;
  int w, h;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);

  lab::LabSettings settings;
  settings.max_processes = 1024;
  settings.memory_mib = 64;
  ui::LabUi ui(settings);
  ui.lab().set_files({{"many", elf}});
  if (!ui.lab().start_program(std::to_string(processes))) {
    std::fprintf(stderr, "ui_bench: the lab cannot start the program\n");
    return 1;
  }
  auto live = [&] { return kernel::live_process_count(ui.lab().session().kernel()); };
  usize want = usize(processes) + 2;  // init and sh too
  for (int i = 0; i < 20000 && live() < want; ++i) ui.lab().session().run(1'000'000);
  std::printf("live processes: %zu\n", live());

  for (const char* id : {"editor", "controls", "terminal", "pstree", "ps", "memory", "timeline", "cpu", "syscalls",
                         "files", "signals", "status"}) {
    ui.set_panel_open(id, true);
  }
  ui.command("select", "", 3, 0);
  ui.lab().run();
  // Wall time, and this thread's CPU time (what the frame costs when the
  // machine is shared: preemption by other work does not count).
  std::vector<double> wall, cpu;
  for (int f = 0; f < frames; ++f) {
    auto start = std::chrono::steady_clock::now();
    double cpu_start = thread_cpu_ms();
    ui.run_machine();
    ImGui::NewFrame();
    ui.draw_frame();
    ImGui::Render();
    cpu.push_back(thread_cpu_ms() - cpu_start);
    wall.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  std::printf("ui frame time with %zu live processes, %d frames, all panels open (goal <= 16 ms):\n", live(), frames);
  print_figures("cpu ", cpu);
  print_figures("wall", wall);
  // What a refresh of the shared snapshots costs (a few times a second
  // while the machine runs, and once after each step).
  std::vector<double> table_ms;
  for (int i = 0; i < 20; ++i) {
    lab::FrameOwners owners;
    double t0 = thread_cpu_ms();
    lab::ProcessTable table = lab::snapshot_processes(ui.lab().session().kernel(), &owners);
    table_ms.push_back(thread_cpu_ms() - t0);
  }
  std::printf("refresh of the shared snapshots (process table + frame owners) of %zu processes:\n", live());
  print_figures("cpu ", table_ms);
  ImGui::DestroyContext();
  return 0;
}
