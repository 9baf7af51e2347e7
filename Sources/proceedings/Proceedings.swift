import ArgumentParser

@main
struct Proceedings: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "proceedings")
}
