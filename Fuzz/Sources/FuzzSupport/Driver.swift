@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(_ argc: UnsafeMutablePointer<Int32>,
                       _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                       _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32) -> Int32

/// Defined by each target: libFuzzer calls it for every input it tries.
@_silgen_name("LLVMFuzzerTestOneInput")
private func testOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32

/// SwiftPM links an executable's main as `<Target>_main`; each target's main hands over here,
/// and from here to libFuzzer.
public func runFuzzer(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments) { data, size in testOneInput(data, size) }
}
