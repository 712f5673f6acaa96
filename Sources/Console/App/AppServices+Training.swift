import Foundation
import Model

extension ServiceWork {
  /// Carries out a training effect: PIN checks, the clock, scoring and records.
  func performTraining(_ effect: TrainingEffect) -> [AppAction] {
    switch effect {
    case .open:
      var scenarios: [TrainingScenario] = []
      if let directory = locateResource("guides/scenarios") {
        let loaded = TrainingScenarioParser.load(directory: directory)
        scenarios = loaded.scenarios
        for error in loaded.errors { log.write("training scenarios: \(error)") }
      }
      guard let database else {
        return [.service(.training(.opened(hasPIN: true, scenarios: scenarios, problem: true)))]
      }
      let hasPIN = (try? TrainerPINGate(database: database).hasPIN()) ?? true
      return [.service(.training(.opened(hasPIN: hasPIN, scenarios: scenarios, problem: false)))]
    case .checkPIN(let pin, let purpose):
      guard let database else { return [.service(.training(.unavailable))] }
      let now = Date()
      do {
        let check = try TrainerPINGate(database: database).check(pin, at: now)
        // The outcome is logged, never the PIN.
        log.write("training pin \(purpose == .enter ? "enter" : "leave"): \(check)")
        if check == .accepted { storeTrainingMode(on: purpose == .enter, at: now) }
        return [.service(.training(.pinChecked(check, purpose, now: now)))]
      } catch {
        log.write("training pin check failed: \(error)")
        return [.service(.training(.unavailable))]
      }
    case .setPIN(let pin):
      guard let database else { return [.service(.training(.unavailable))] }
      do {
        try TrainerPINGate(database: database).setPIN(pin)
        log.write("training pin set")
        storeTrainingMode(on: true, at: Date())
        return [.service(.training(.pinSet(nil)))]
      } catch let error as TrainerPINError {
        return [.service(.training(.pinSet(error)))]
      } catch {
        log.write("training pin set failed: \(error)")
        return [.service(.training(.unavailable))]
      }
    case .finishRun(let mode, let declared, let guides):
      guard let scenario = mode.scenario else { return [] }
      let now = Date()
      let seconds = Int(now.timeIntervalSince(mode.started ?? now))
      let run = TrainingRun(
        declaredCauses: mode.declared + [declared], steps: mode.steps, seconds: seconds,
        hintsUsed: mode.hintsUsed,
        harmful: mode.harmful)
      let score = TrainingScore(run: run, scenario: scenario)
      let result = TrainingResult(
        trainee: mode.trainee, scenario: scenario, topic: scenario.topic(in: guides),
        date: now, run: run, score: score)
      do {
        guard let database else { throw TrainingStoreUnavailable() }
        try TrainingResultStore(database: database).save(result)
        log.write("training result \(result.trainee) \(result.scenarioID) \(result.score)")
        return [.service(.training(.runScored(result, score)))]
      } catch {
        log.write("training result not saved: \(error)")
        return [.service(.training(.runNotSaved(result, score)))]
      }
    case .loadReport:
      guard let database, let results = try? TrainingResultStore(database: database).results()
      else { return [.service(.training(.unavailable))] }
      return [.service(.training(.reportLoaded(results)))]
    }
  }

  /// Keeps "training is on" in the database, so a quit, signal or crash does not end it.
  /// A failure is logged: the console stays in training as far as the screen goes.
  private func storeTrainingMode(on: Bool, at now: Date) {
    guard let database else { return }
    do {
      let store = TrainingModeStore(database: database)
      if on { try store.turnOn(at: now) } else { try store.turnOff() }
      log.write("training mode stored: \(on ? "on" : "off")")
    } catch {
      log.write("training mode not stored (\(on ? "on" : "off")): \(error)")
    }
  }
}

/// The database was not open, so a result could not be stored.
private struct TrainingStoreUnavailable: Error {}
