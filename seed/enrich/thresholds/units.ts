// The units a threshold can be stated in. Each: the pattern as written (case-sensitive unless it is a word), the
// canonical unit, the dimension (used as the parameter name when the text names none).
// Listed longest/most specific first: the alternation tries them in this order.
export interface UnitDef {
  pattern: string;
  unit: string;
  dimension: string;
}
const MU = '[µμu]';
const SP = '[ \\u00a0\\u2009\\u202f]?';
// The CCL writes superscripts with a caret ("m^3/h", "cm^2"); the EU flattens them ("m3/h", "m 3/h").
const POW = `${SP}\\^?`;
const u = (pattern: string, unit: string, dimension: string): UnitDef => ({ pattern, unit, dimension });
export const UNITS: UnitDef[] = [
  // 6A005.e.3.b.3.a "A Beam Parameter Product (BPP) measured at the output not exceeding 1.5 mm mrad" (before the millimetre)
  u(`mm${SP}[·⋅]?${SP}mrad`, 'mm·mrad', 'beam parameter product'),
  // specific impulse and impulse
  u(`kN${SP}[·⋅.-]?${SP}s/kg`, 'kN·s/kg', 'specific impulse'),
  u(`N${SP}[·⋅.-]?${SP}s/kg`, 'N·s/kg', 'specific impulse'),
  u(`MN${SP}[·⋅-]?${SP}s`, 'MN·s', 'impulse'),
  u(`kN${SP}[·⋅-]?${SP}s`, 'kN·s', 'impulse'),
  u(`N[·⋅-]s|Ns`, 'N·s', 'impulse'),
  u(`[Nn]ewton[- ]seconds?`, 'N·s', 'impulse'),
  // pressure and stress
  u(`N/mm${POW}2|N/mm²`, 'N/mm2', 'pressure'),
  u(`N/m${POW}2|N/m²`, 'N/m2', 'pressure'),
  u(`GPa`, 'GPa', 'pressure'),
  u(`MPa`, 'MPa', 'pressure'),
  u(`kPa`, 'kPa', 'pressure'),
  u(`hPa`, 'hPa', 'pressure'),
  u(`mPa`, 'mPa', 'pressure'),
  // 0B001.c.5 (EU) "a leakage pressure rate of less than 10 Pa per hour"
  u(`Pa${SP}(?:/|per${SP})${SP}(?:h|hour)`, 'Pa/h', 'pressure rate'),
  u(`Pa`, 'Pa', 'pressure'),
  u(`mbar`, 'mbar', 'pressure'),
  u(`bar`, 'bar', 'pressure'),
  u(`psi`, 'psi', 'pressure'),
  u(`mTorr`, 'mTorr', 'pressure'),
  u(`Torr`, 'Torr', 'pressure'),
  u(`atmospheres?`, 'atm', 'pressure'),
  // density, energy density, power density
  u(`g/cm${POW}3|g/cm³`, 'g/cm3', 'density'),
  u(`kg/m${POW}3|kg/m³`, 'kg/m3', 'density'),
  u(`J/kg`, 'J/kg', 'specific energy'),
  // 9A002 "a 'specific fuel consumption' … with a fuel of 42 MJ/kg"
  u(`MJ${SP}/${SP}kg`, 'MJ/kg', 'specific energy'),
  // 6A004.a.2 "an average “equivalent density” of less than 30 kg/m^2": a mass per area, not a mass (nor a mass per length)
  u(`kg${SP}/${SP}m${POW}2|kg/m²`, 'kg/m2', 'areal density'),
  // 1C006.d.2 "Density at 298 K (25 °C) of 1.5 g/ml or more"; 3B001.d "a density of 1.7g/cc"; 1C298 "1.5 grams per cubic centimeter"
  u(`g${SP}/${SP}(?:ml|mL|cc)\\b`, 'g/ml', 'density'),
  u(`grams?${SP}(?:/|per${SP})${SP}(?:cm${POW}3|cubic${SP}centimet(?:er|re))`, 'g/cm3', 'density'),
  // 3A001.e.1.a.1 "'Energy density' exceeding 550 Wh/kg"
  u(`Wh/kg`, 'Wh/kg', 'specific energy'),
  // 1A008.b.1 "An explosive load greater than 40 g/m"; 1C608.d "Detonating cord containing greater than 0.1 kg per meter"
  u(`kg${SP}(?:/|per${SP})${SP}met(?:er|re)|kg/m(?![0-9³²^])`, 'kg/m', 'linear density'),
  u(`g/m(?![0-9³²^])`, 'g/m', 'linear density'),
  // 1E608 "at rates greater than 2000 pounds per hour"
  u(`(?:pounds|lbs?)${SP}(?:/|per${SP})${SP}(?:hour|hr|h)\\b`, 'lb/h', 'mass flow rate'),
  // 1C005 "critical current density exceeding 1750 A/mm^2"
  u(`[mk]?A${SP}/${SP}mm${POW}2|[mk]?A/mm²`, 'A/mm2', 'current density'),
  // 3A231 "capable of an output of 3 × 10^9 neutrons/s or greater"
  u(`neutrons?${SP}/${SP}s\\b|neutrons? per second`, 'n/s', 'neutron output'),
  // 1C236 (EU) "a total activity of 37 GBq/kg (1 Ci/kg) or greater"
  u(`GBq${SP}/${SP}kg`, 'GBq/kg', 'specific activity'),
  u(`Ci${SP}/${SP}kg`, 'Ci/kg', 'specific activity'),
  u(`J/m${POW}3|J/m³`, 'J/m3', 'energy density'),
  u(`J/m${POW}2|J/m²`, 'J/m2', 'energy density'),
  // EU 6A004.a.1.b.2 "Greater than 2 J/ cm2"
  u(`J${SP}/${SP}cm${POW}2|J/cm²`, 'J/cm2', 'energy density'),
  // 6A103 "combined thermal shock greater than 100 cal/sq cm"
  u(`cal${SP}/${SP}(?:sq\\.?${SP}cm|cm${POW}2)`, 'cal/cm2', 'energy density'),
  u(`W/m${POW}2|W/m²`, 'W/m2', 'power density'),
  // 6A004.a.1.b.1 "Greater than 1 kW/cm^2 using a “CW laser”"
  u(`kW${SP}/${SP}cm${POW}2|kW/cm²`, 'kW/cm2', 'power density'),
  u(`W${SP}/${SP}cm${POW}2|W/cm²`, 'W/cm2', 'power density'),
  // 3A001.b.1.c "a current density of 5 A/cm^2"
  u(`A${SP}/${SP}cm${POW}2|A/cm²`, 'A/cm2', 'current density'),
  // 3A001.b.9 "… 10 cm^3/W": a volume per watt of output power
  u(`cm${POW}3${SP}/${SP}W\\b`, 'cm3/W', 'volume per power'),
  // 3A001.g "… a critical rate of rise of current (di/dt) greater than 30,000 A/µs"
  u(`A${SP}/${SP}${MU}s`, 'A/µs', 'current rise rate'),
  // 6A002.a.2.a.3.c "a maximum “radiant sensitivity” exceeding 10 mA/W"; a.2.a.3.a "a luminous sensitivity exceeding 350 µA/lm"
  u(`mA${SP}/${SP}W\\b`, 'mA/W', 'radiant sensitivity'),
  u(`${MU}A${SP}/${SP}lm\\b`, 'µA/lm', 'luminous sensitivity'),
  // 6C004.c.1.a "third order nonlinear susceptibility (χ(3), chi 3) of 10−6 m^2/V^2 or more"
  u(`m${POW}2${SP}/${SP}V${POW}2`, 'm2/V2', 'nonlinear susceptibility'),
  // 6C004.f "an absorption of less than 10−5 cm−1" (EU "10-5 cm-1")
  u(`cm${SP}\\^?[-−]${SP}\\^?1(?!\\d)`, 'cm-1', 'absorption coefficient'),
  // 6C004.c.2 "Second order nonlinear susceptibility (χ(2), chi 2) of 3.3 × 10−11 m/V or more"
  u(`m${SP}/${SP}V\\b`, 'm/V', 'nonlinear susceptibility'),
  // 3A002 "a single sideband (SSB) phase noise … better than −150 dBm/Hz"
  u(`dBc${SP}/${SP}Hz`, 'dBc/Hz', 'noise density'),
  u(`dBm${SP}/${SP}Hz`, 'dBm/Hz', 'noise density'),
  // 6A994 "attenuation of less than 4 dB/km"
  u(`dB${SP}/${SP}km`, 'dB/km', 'attenuation'),
  // 6A001 "an area coverage rate exceeding 570 m^2/s"
  u(`m${POW}2${SP}/${SP}s\\b`, 'm2/s', 'area coverage rate'),
  // 1C002 "a corrosion rate of less than 1 mm/year"; "cooling rates … of 1000 K/sec"
  u(`mm${SP}/${SP}years?`, 'mm/year', 'corrosion rate'),
  u(`K${SP}/${SP}s(?:ec)?\\b`, 'K/s', 'cooling rate'),
  // 2B005.e "a deposition rate of 15 µm/h or more"
  u(`${MU}m${SP}/${SP}(?:h|hr|hour)\\b`, 'µm/h', 'deposition rate'),
  // 1C001 "sheet resistance … 100 ohms/square"
  u(`[Oo]hms?${SP}/${SP}square|Ω${SP}/${SP}(?:sq|□)`, 'Ω/sq', 'sheet resistance'),
  // EU 9A008 "an angular acceleration of 40°/s2 or more"
  // 8A002.i.2 "having 5 degrees of 'freedom of movement' or more": a count, not an angle
  u(`degrees${SP}of${SP}['‘"“]?freedom(?:${SP}of${SP}movement)?['’"”]?`, 'DOF', 'degrees of freedom'),
  u(`(?:°|degrees?)${SP}/${SP}s${POW}2|°/s²`, '°/s2', 'angular acceleration'),
  // 3A991.l "an energy density of 1 MJ/M^3 or more"
  u(`MJ${SP}/${SP}[Mm]${POW}3|MJ/m³`, 'MJ/m3', 'energy density'),
  // 5A991 "3 bit/s/Hz"
  u(`bits?/s${SP}/${SP}Hz`, 'bit/s/Hz', 'spectral efficiency'),
  // 5A991 "9,600 bits per second"
  u(`bits?${SP}per${SP}second`, 'bit/s', 'data rate'),
  u(`W/kg`, 'W/kg', 'specific power'),
  // 3A090.c "High bandwidth memory (HBM) having a 'memory bandwidth density' greater than 2 gigabytes per second per
  // square millimeter"
  u(`[Gg]igabytes?${SP}per${SP}second${SP}per${SP}square${SP}millimet(?:er|re)`, 'GB/s/mm2', 'memory bandwidth density'),
  // 3A001.e.4 "… with an irradiance of 1,367 Watts per square meter (W/m^2)"
  u(`[Ww]atts?${SP}per${SP}square${SP}met(?:er|re)`, 'W/m2', 'power density'),
  // 9A010.d "thrust-to-weight ratios equal to or more than 1 kN/kg"
  u(`kN${SP}/${SP}kg`, 'kN/kg', 'thrust-to-weight ratio'),
  // 2B229.b.3 "A minimum achievable residual specific unbalance equal to or less than 10 g-mm/kg per plane"
  u(`g${SP}[-·⋅]?${SP}mm${SP}/${SP}kg`, 'g·mm/kg', 'specific unbalance'),
  // 3C005 "having resistivities greater than 10,000 ohm-cm at 20 °C"
  u(`[Oo]hm[- ]cm|Ω${SP}[·⋅-]?${SP}cm`, 'Ω·cm', 'resistivity'),
  // 9E003.e.3 (EU) "Power density of more than 700 kW/m3 of 'box volume'"
  u(`kW/m${POW}3|kW/m³`, 'kW/m3', 'volumetric power density'),
  // 2B351.a "'minimum detection limit' of 0.3 mg/m^3"
  u(`mg/m${POW}3|mg/m³`, 'mg/m3', 'concentration'),
  u(`kg/kWh`, 'kg/kWh', 'specific fuel consumption'),
  // 9A101 a.2: "Specific fuel consumption of 0.15 kg N−1 h−1 or less" (EU: "0,15 kg N-1 h-1")
  u(`kg${SP}N${SP}[-−–]${SP}1${SP}h${SP}[-−–]${SP}1|kg/\\(N${SP}[·⋅.]${SP}h\\)`, 'kg/(N·h)', 'specific fuel consumption'),
  // speed, acceleration, rates
  // 7A003.a.1 "0.8 nautical miles per hour (nm/hr) “Circular Error Probable” (“CEP”) rate or less (better)"
  u(`nautical miles? per hour|nm/hr`, 'nmi/h', 'drift rate'),
  u(`km/h`, 'km/h', 'speed'),
  // 6A203.a.1 "Streak cameras with writing speeds greater than 0.5 mm/µs"
  u(`mm/${MU}s`, 'mm/µs', 'speed'),
  u(`km/s`, 'km/s', 'speed'),
  u(`m/s${POW}2|m/s²`, 'm/s2', 'acceleration'),
  u(`m/s`, 'm/s', 'speed'),
  u(`mm/s`, 'mm/s', 'speed'),
  u(`knots`, 'kn', 'speed'),
  // "0.0035 degree per square root hour" (7A002.a.1.b: angle random walk); "0.5 degrees (1 sigma or rms) per hour" (7A102.a).
  u(`(?:°|degrees?)${SP}(?:/|per${SP})${SP}(?:√|square[- ]root${SP}(?:of${SP})?)${SP}(?:h|hr|hour)`, '°/√h', 'angle random walk'),
  u(`(?:°|degrees?)${SP}(?:\\([^()]{1,30}\\)${SP})?(?:/|per${SP})${SP}(?:h|hr|hour)`, '°/h', 'angular rate'),
  // 7A003.c.1 "A maximum operating angular rate less (lower) than 500 deg/s"
  u(`(?:°|degrees?|deg)${SP}(?:/|per${SP})${SP}(?:s|sec|second)\\b`, '°/s', 'angular rate'),
  // 7A003.c.1 "a heading “accuracy” … equal to or less (better) than 0.07 deg sec (Lat) (equivalent to 6 arc minutes rms
  // at 45 degrees latitude)": degrees times the secant of the latitude.
  u(`deg${SP}sec${SP}\\((?:Lat|lat)\\)`, '°·sec(lat)', 'angle'),
  u(`rad/s`, 'rad/s', 'angular rate'),
  // 2B229.a.3 "balancing speed of revolution greater than 5,000 r.p.m."
  u(`rpm|r\\.p\\.m\\.?|r/min|rev/min`, 'rpm', 'rotational speed'),
  // 6A203.b.1 "a framing rate of more than 125 full frames per second"
  u(`(?:full${SP})?frames?${SP}(?:per${SP}second|/s)`, 'frames/s', 'frame rate'),
  u(`l/min|litres? per minute|liters? per minute`, 'l/min', 'flow rate'),
  // 2B352.c "having a flow rate greater than 100 liters per hour"
  u(`l/h|litres?${SP}(?:per |/)${SP}hour|liters?${SP}(?:per |/)${SP}hour`, 'l/h', 'flow rate'),
  u(`m${POW}3${SP}/${SP}(?:hour|hr|h)\\b|m³/h`, 'm3/h', 'flow rate'),
  // 2B231.b (EU) "Pumping speed equal to or greater than 15 m3/s"
  u(`m${POW}3/s|m³/s`, 'm3/s', 'flow rate'),
  // 0B001.c.3 (EU) "a suction volume capacity of 1 m3/min or more"; c.4 "in-leakage rate of less than 1 000 cm3/min"
  // EU 0B002 "5 m3/minute or more"; 3B992 "0.02832 m^3 per minute or more"
  u(`m${POW}3${SP}(?:/|per${SP})${SP}min(?:ute)?\\b|m³/min`, 'm3/min', 'flow rate'),
  u(`cm${POW}3/min|cm³/min`, 'cm3/min', 'flow rate'),
  // 2B352.f.1 "A water evaporation capacity of ≥0.4 kg/h and ≤400 kg/h"; 9E003.f.2.b (EU) "30 to 130 kg per minute"
  u(`kg/h|kg per hour|kilograms? per hour`, 'kg/h', 'mass flow rate'),
  u(`kg/min|kg per minute|kilograms? per minute`, 'kg/min', 'mass flow rate'),
  // data
  u(`Tbit/s`, 'Tbit/s', 'data rate'),
  u(`Gbit/s`, 'Gbit/s', 'data rate'),
  u(`Mbit/s`, 'Mbit/s', 'data rate'),
  u(`kbit/s`, 'kbit/s', 'data rate'),
  u(`bit/s`, 'bit/s', 'data rate'),
  // 3A001.a.5.b.1 "A resolution of 10-bit or more but less than 12-bit"
  u(`-?bits?`, 'bit', 'data size'),
  // 4A003.g "unidirectional data rates exceeding 2.0 Gbyte/s per link"
  u(`[Gg]bytes?/s|GB/s`, 'GB/s', 'data rate'),
  u(`[Gg]bytes?|GB`, 'GB', 'data size'),
  u(`bytes?`, 'byte', 'data size'),
  // 4A003.b "an 'Adjusted Peak Performance' ('APP') exceeding 70 Weighted TeraFLOPS (WT)"; EU 4E001.b.1 "… exceeding 24
  // Weighted TeraFLOPS (WT)"
  u(`Weighted${SP}TeraFLOPS(?:${SP}\\(?WT\\)?)?|WT\\b`, 'WT', 'computing performance'),
  // 8A002.h.2 "a force of 250 N or more or a torque of 250 Nm or more"
  u(`N${SP}?[·⋅]${SP}?m\\b|Nm\\b`, 'N·m', 'torque'),
  // 8A002.g.1 "… a flash rate of more than 5 flashes per second"
  u(`flashes${SP}per${SP}second`, 'flashes/s', 'flash rate'),
  // 0A501.d "Detachable magazines with a capacity of 17 to 50 rounds"
  u(`rounds\\b`, 'rounds', 'round count'),
  // 5A001.b.5.a "More than 1,000 channels"
  u(`channels\\b`, 'channels', 'channel count'),
  // 6A293.b "a throughput of 13.43 Giga Pixels/s or greater when taken at 205,000 frames/s"
  u(`[Gg]iga${SP}[Pp]ixels?${SP}/${SP}s\\b`, 'Gpixel/s', 'pixel rate'),
  // 8A992.a.2 "… a limiting resolution when measured in air of more than 700 lines"
  u(`lines\\b`, 'lines', 'resolution (lines)'),
  // 8A992.l.1 "Heat release rate (at maximum rating) equal to or in excess of 190,000 BTU per hour per cubic foot of furnace volume"
  u(`BTU${SP}per${SP}hour${SP}per${SP}cubic${SP}foot`, 'BTU/(h·ft3)', 'heat release rate'),
  // EU 0B002.g.1 "Capable of measuring ions of 320 atomic mass units or greater"
  u(`atomic${SP}mass${SP}units?`, 'u', 'atomic mass'),
  // 3A001.a.5.a.1 "a “sample rate” greater than 1.3 Giga Samples Per Second (GSPS)"; a.5.a.3 "greater than 400 MSPS"
  u(`[Gg]iga${SP}[Ss]amples${SP}[Pp]er${SP}[Ss]econd(?:${SP}\\(GSPS\\))?|GSPS`, 'GSPS', 'sample rate'),
  u(`[Mm]ega${SP}[Ss]amples${SP}[Pp]er${SP}[Ss]econd(?:${SP}\\(MSPS\\))?|MSPS`, 'MSPS', 'sample rate'),
  // frequency
  u(`THz`, 'THz', 'frequency'),
  u(`GHz`, 'GHz', 'frequency'),
  u(`MHz`, 'MHz', 'frequency'),
  u(`kHz`, 'kHz', 'frequency'),
  u(`Hz`, 'Hz', 'frequency'),
  // temperature
  u(`[°º]${SP}C|degrees? C(?:elsius)?`, '°C', 'temperature'),
  u(`[°º]${SP}F|degrees? F(?:ahrenheit)?`, '°F', 'temperature'),
  u(`K(?![-−]?\\d)`, 'K', 'temperature'),
  u(`[Kk]elvin`, 'K', 'temperature'),
  // area and volume (before lengths)
  u(`mm${POW}2|mm²`, 'mm2', 'area'),
  u(`cm${POW}2|cm²`, 'cm2', 'area'),
  u(`m${POW}2|m²|square met(?:er|re)s?`, 'm2', 'area'),
  // 9E003.f.3.a "Injection amount in excess of 230 mm^3 per injection per cylinder"
  u(`mm${POW}3|mm³`, 'mm3', 'volume'),
  u(`cm${POW}3|cm³`, 'cm3', 'volume'),
  u(`m${POW}3|m³`, 'm3', 'volume'),
  u(`litres?|liters?`, 'l', 'volume'),
  u(`ml|mL`, 'ml', 'volume'),
  // radiation and activity (before 'rad' the angle)
  // 9A515.d.2 "A dose rate upset threshold of 5 × 10^8 Rads (Si)/sec (5 × 10^6 Gy (Si)/sec)"
  u(`Gy${SP}\\(?(?:Si|silicon)\\)?${SP}/${SP}(?:s|sec|second)\\b`, 'Gy/s', 'radiation dose rate'),
  u(`[Rr]ads?${SP}\\((?:Si|silicon)\\)${SP}/${SP}(?:s|sec|second)\\b`, 'rad(Si)/s', 'radiation dose rate'),
  u(`Gy${SP}\\(?(?:Si|silicon)\\)?|Gy`, 'Gy', 'radiation dose'),
  // A dose in rads is spelled 'rad(Si)': 'rad' is the radian.
  u(`[Rr]ads?${SP}\\((?:Si|silicon)\\)|[Rr]ads`, 'rad(Si)', 'radiation dose'),
  // 9A515.d.3 "A neutron dose of 1 × 10^14 n/cm^2 (1 MeV equivalent)"; d.5 "a fluence of 1 × 10^7 protons/cm^2"
  u(`n${SP}/${SP}cm${POW}2`, 'n/cm2', 'particle fluence'),
  u(`protons${SP}/${SP}cm${POW}2`, 'protons/cm2', 'particle fluence'),
  // 9A515.d.4 "1 × 10−^10 errors/bit/day or less"; d.5 "1 × 10−^10 errors/part or less"
  // 4A001.a.2.c "Single Event Upset of 1 × 10−^8 Error/bit/day"
  u(`[Ee]rrors?${SP}/${SP}bit${SP}/${SP}day`, 'errors/bit/day', 'upset rate'),
  u(`errors${SP}/${SP}part`, 'errors/part', 'upset rate'),
  // 9A515.e.1 "a linear energy transfer (LET) ≥80 MeV-cm^2/mg"
  u(`MeV${SP}[-·⋅]?${SP}cm${POW}2${SP}/${SP}mg`, 'MeV·cm2/mg', 'linear energy transfer'),
  u(`GBq`, 'GBq', 'activity'),
  u(`TBq`, 'TBq', 'activity'),
  u(`MBq`, 'MBq', 'activity'),
  u(`Bq`, 'Bq', 'activity'),
  u(`mCi`, 'mCi', 'activity'),
  u(`Ci`, 'Ci', 'activity'),
  // angle
  u(`mrad|milliradians?`, 'mrad', 'angle'),
  u(`${MU}rad`, 'µrad', 'angle'),
  u(`rad`, 'rad', 'angle'),
  // 2B006.c "an angular position “accuracy” equal to or less (better) than 0.9 second of arc"
  u(`arc[- ]?seconds?|arcsec|seconds? of arc`, 'arcsec', 'angle'),
  u(`arc[- ]?minutes?|arcmin|minutes? of arc`, 'arcmin', 'angle'),
  u(`degrees?|°`, '°', 'angle'),
  // length
  u(`km|[Kk]ilomet(?:er|re)s?`, 'km', 'length'),
  // 7A003.a.3 "Total drift of 1 nautical mile “CEP” or less (better) in a 24 hr period"
  u(`nautical miles?`, 'nmi', 'length'),
  u(`mm|[Mm]illimet(?:er|re)s?`, 'mm', 'length'),
  u(`cm|[Cc]entimet(?:er|re)s?`, 'cm', 'length'),
  // A bare micro sign is the micron: CCL 1C111.a.2 "made up of particles of less than 60 µ (determined by …)".
  u(`${MU}m|[Mm]icromet(?:er|re)s?|microns?|[µμ](?=[ \u00a0]*[(),;]|[ \u00a0]*$)`, 'µm', 'length'),
  u(`nm|[Nn]anomet(?:er|re)s?`, 'nm', 'length'),
  u(`pm`, 'pm', 'length'),
  u(`m|[Mm]et(?:er|re)s`, 'm', 'length'),
  u(`feet|ft`, 'ft', 'length'),
  u(`inch(?:es)?`, 'in', 'length'),
  // 9A106.d "vibration environments greater than 10 g rms": an acceleration, not grams
  u(`g${SP}rms`, 'g rms', 'acceleration'),
  // 7A102.a "… when measured in a 1 g environment": one gravity, an acceleration, not a gram
  u(`g(?=${SP}environment)`, 'g', 'acceleration'),
  // 6A007.a "a static “accuracy” of less (better) than 10 µGal"
  u(`${MU}Gal|microgals?`, 'µGal', 'acceleration'),
  // 6A107.a.1 "A static or operational accuracy equal to or less (better) than 0.7 milligal (mgal)"
  u(`mGal|milligals?`, 'mGal', 'acceleration'),
  // 3A233 "Mass spectrometers, capable of measuring ions of 230 u or greater": the atomic mass unit
  u(`u(?=[ \u00a0]+or\\b)|amu`, 'u', 'ion mass'),
  // 1C006.c.2 "Containing less than 25 particles of 200 µm or larger in size per 100 ml"
  u(`particles`, 'particles', 'particle count'),
  // 7A001.a.1.a "A "bias" "stability" of less (better) than 130 micro g"
  u(`micro${SP}g(?![a-z])`, 'micro g', 'acceleration'),
  // 6A004.c.4 "… coefficient of linear thermal expansion … equal to or less than 5 × 10−6/K"
  u(`/${SP}K\\b|K${SP}[-−]${SP}1\\b`, '1/K', 'thermal expansion coefficient'),
  // mass
  u(`kg|[Kk]ilograms?|kilogrammes?`, 'kg', 'mass'),
  u(`mg|[Mm]illigrams?`, 'mg', 'mass'),
  u(`${MU}g`, 'µg', 'mass'),
  u(`g|grams?|grammes?`, 'g', 'mass'),
  u(`tonnes?|metric tons?`, 't', 'mass'),
  // 0A606.c "… armored vehicles that weigh more than 40 tons": the CCL's ton, which the text does not say is metric.
  u(`tons?`, 'ton', 'mass'),
  u(`lbs?|pounds?`, 'lb', 'mass'),
  // force
  u(`MN`, 'MN', 'force'),
  u(`kN`, 'kN', 'force'),
  // 4E091 "… (assuming floating point arithmetic) 2N FLOP. Each backward pass would require 2N multiply accumulate
  // operations": counts of the variable N, not newtons.
  u(`N(?!\\.[A-Z])(?!\\s+(?:FLOP|multiply)\\b)|[Nn]ewtons?`, 'N', 'force'),
  u(`lbf`, 'lbf', 'force'),
  // power and energy
  u(`dBm`, 'dBm', 'power level'),
  // 3A001.a.5.b.2.a.2 "A 'Spurious Free Dynamic Range' (SFDR) greater than 68 dBc (carrier)"
  u(`dBc`, 'dBc', 'level'),
  u(`TW`, 'TW', 'power'),
  u(`GW`, 'GW', 'power'),
  u(`MW`, 'MW', 'power'),
  u(`kW`, 'kW', 'power'),
  u(`mW`, 'mW', 'power'),
  u(`${MU}W`, 'µW', 'power'),
  // 3A001.b.2.d "… power output greater than 0.1 nW (−70 dBm)"
  u(`nW`, 'nW', 'power'),
  u(`pW`, 'pW', 'power'),
  // 3A225.a "Multiphase output providing a power of 40 VA or greater" (apparent power, volt-amperes)
  u(`kVA`, 'kVA', 'apparent power'),
  u(`VA`, 'VA', 'apparent power'),
  u(`W|[Ww]atts?`, 'W', 'power'),
  u(`kWh`, 'kWh', 'energy'),
  u(`Wh`, 'Wh', 'energy'),
  u(`GeV`, 'GeV', 'energy'),
  u(`MeV`, 'MeV', 'energy'),
  u(`keV`, 'keV', 'energy'),
  u(`eV`, 'eV', 'energy'),
  u(`MJ`, 'MJ', 'energy'),
  u(`kJ`, 'kJ', 'energy'),
  u(`mJ`, 'mJ', 'energy'),
  u(`${MU}J`, 'µJ', 'energy'),
  u(`J|[Jj]oules?`, 'J', 'energy'),
  // electrical
  u(`MV`, 'MV', 'voltage'),
  u(`kV`, 'kV', 'voltage'),
  u(`mV`, 'mV', 'voltage'),
  // 5A101 Note "an electric field strength of not more than 200 microvolts per meter at a distance of 500 meters"
  u(`(?:${MU}V|microvolts?)${SP}(?:/|per${SP})${SP}(?:m|met(?:er|re))\\b`, 'µV/m', 'electric field strength'),
  // 1C001.c "a 'bulk electrical conductivity' exceeding 10,000 S/m (Siemens per meter)"
  u(`S${SP}/${SP}m\\b(?:${SP}\\([Ss]iemens per met(?:er|re)\\))?|[Ss]iemens per met(?:er|re)`, 'S/m', 'electrical conductivity'),
  u(`${MU}V`, 'µV', 'voltage'),
  u(`V|[Vv]olts?`, 'V', 'voltage'),
  u(`kA`, 'kA', 'current'),
  u(`mA`, 'mA', 'current'),
  u(`${MU}A`, 'µA', 'current'),
  // A bare 'A' only after a space: "2A" and "7A" are category references, not amperes.
  u(`(?<=\\s)A|[Aa]mperes?|amps`, 'A', 'current'),
  u(`${MU}F`, 'µF', 'capacitance'),
  u(`nF`, 'nF', 'capacitance'),
  u(`pF`, 'pF', 'capacitance'),
  u(`nH`, 'nH', 'inductance'),
  u(`${MU}H`, 'µH', 'inductance'),
  u(`[Oo]hms?(?: cm)?|Ω`, 'Ω', 'resistance'),
  // 6A006.a.1.b "a 'sensitivity' lower (better) than 20 pT (rms) per square root Hz at a frequency of 1 Hz"
  u(`pT${SP}(?:\\(rms\\)${SP})?(?:per${SP}square root${SP}Hz|/${SP}√${SP}Hz)`, 'pT/√Hz', 'magnetic field noise'),
  u(`fT${SP}(?:\\(rms\\)${SP})?(?:per${SP}square root${SP}Hz|/${SP}√${SP}Hz)`, 'fT/√Hz', 'magnetic field noise'),
  // 6A006.a.4.a "0.05 nT (rms)/square root Hz"; 6A006.a.5 "1 nT (rms) per square root Hz"
  u(`nT${SP}(?:\\(rms\\)${SP})?(?:per${SP}square root${SP}Hz|/${SP}(?:√|square root)${SP}Hz)`, 'nT/√Hz', 'magnetic field noise'),
  // 6A006.c.2 "a magnetic gradient field 'sensitivity' lower (better) than 0.3 nT/m (rms) per square root Hz"
  u(`nT${SP}/${SP}m${SP}(?:\\(rms\\)${SP})?(?:per${SP}square root${SP}Hz|/${SP}(?:√|square root)${SP}Hz)`, 'nT/m/√Hz', 'magnetic gradient noise'),
  u(`pT${SP}/${SP}m${SP}(?:\\(rms\\)${SP})?(?:per${SP}square root${SP}Hz|/${SP}(?:√|square root)${SP}Hz)`, 'pT/m/√Hz', 'magnetic gradient noise'),
  u(`fT${SP}/${SP}m${SP}(?:\\(rms\\)${SP})?(?:per${SP}square root${SP}Hz|/${SP}(?:√|square root)${SP}Hz)`, 'fT/m/√Hz', 'magnetic gradient noise'),
  // 6A006.b "a 'sensitivity' lower (better) than 8 nanovolt per meter per square root Hz"
  u(`(?:nV|nanovolts?)${SP}(?:/|per${SP})${SP}(?:m|met(?:er|re)s?)${SP}(?:/|per${SP})${SP}(?:√|square root${SP})${SP}Hz`, 'nV/m/√Hz', 'electric field noise'),
  u(`T|[Tt]esla`, 'T', 'magnetic field'),
  // 9B006 "sound pressure levels of 160 Db or more": the CCL's spelling of the decibel there.
  u(`dB|Db(?![a-z])`, 'dB', 'level'),
  // time
  u(`fs|femtoseconds?`, 'fs', 'time'),
  u(`ps|picoseconds?`, 'ps', 'time'),
  u(`ns|nanoseconds?`, 'ns', 'time'),
  u(`${MU}s|microseconds?`, 'µs', 'time'),
  u(`ms|milliseconds?`, 'ms', 'time'),
  u(`s|sec|seconds?`, 's', 'time'),
  u(`min|minutes?`, 'min', 'time'),
  u(`h|hr|hours?`, 'h', 'time'),
  u(`years?`, 'year', 'time'),
  // ratios
  u(`%|per ?cent`, '%', 'percentage'),
  u(`ppm|parts per million`, 'ppm', 'ratio'),
];
