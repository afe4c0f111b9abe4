// Generated for tests/shared_field_arms.rs: 300 variants with fields, of three lists of
// types in turn, past the 256 per function where the field visit is split.
error_catalog::error_catalog! {
    /// Many variants with fields.
    #[catalog(code = u16, status = 400)]
    pub enum Many {
        /// Variant 0.
        V0 { code: 1, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 1.
        V1 { code: 2, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 2.
        V2 { code: 3, message: "<{a}>", fields: { a: String } },
        /// Variant 3.
        V3 { code: 4, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 4.
        V4 { code: 5, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 5.
        V5 { code: 6, message: "<{a}>", fields: { a: String } },
        /// Variant 6.
        V6 { code: 7, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 7.
        V7 { code: 8, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 8.
        V8 { code: 9, message: "<{a}>", fields: { a: String } },
        /// Variant 9.
        V9 { code: 10, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 10.
        V10 { code: 11, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 11.
        V11 { code: 12, message: "<{a}>", fields: { a: String } },
        /// Variant 12.
        V12 { code: 13, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 13.
        V13 { code: 14, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 14.
        V14 { code: 15, message: "<{a}>", fields: { a: String } },
        /// Variant 15.
        V15 { code: 16, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 16.
        V16 { code: 17, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 17.
        V17 { code: 18, message: "<{a}>", fields: { a: String } },
        /// Variant 18.
        V18 { code: 19, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 19.
        V19 { code: 20, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 20.
        V20 { code: 21, message: "<{a}>", fields: { a: String } },
        /// Variant 21.
        V21 { code: 22, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 22.
        V22 { code: 23, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 23.
        V23 { code: 24, message: "<{a}>", fields: { a: String } },
        /// Variant 24.
        V24 { code: 25, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 25.
        V25 { code: 26, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 26.
        V26 { code: 27, message: "<{a}>", fields: { a: String } },
        /// Variant 27.
        V27 { code: 28, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 28.
        V28 { code: 29, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 29.
        V29 { code: 30, message: "<{a}>", fields: { a: String } },
        /// Variant 30.
        V30 { code: 31, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 31.
        V31 { code: 32, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 32.
        V32 { code: 33, message: "<{a}>", fields: { a: String } },
        /// Variant 33.
        V33 { code: 34, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 34.
        V34 { code: 35, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 35.
        V35 { code: 36, message: "<{a}>", fields: { a: String } },
        /// Variant 36.
        V36 { code: 37, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 37.
        V37 { code: 38, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 38.
        V38 { code: 39, message: "<{a}>", fields: { a: String } },
        /// Variant 39.
        V39 { code: 40, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 40.
        V40 { code: 41, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 41.
        V41 { code: 42, message: "<{a}>", fields: { a: String } },
        /// Variant 42.
        V42 { code: 43, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 43.
        V43 { code: 44, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 44.
        V44 { code: 45, message: "<{a}>", fields: { a: String } },
        /// Variant 45.
        V45 { code: 46, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 46.
        V46 { code: 47, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 47.
        V47 { code: 48, message: "<{a}>", fields: { a: String } },
        /// Variant 48.
        V48 { code: 49, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 49.
        V49 { code: 50, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 50.
        V50 { code: 51, message: "<{a}>", fields: { a: String } },
        /// Variant 51.
        V51 { code: 52, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 52.
        V52 { code: 53, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 53.
        V53 { code: 54, message: "<{a}>", fields: { a: String } },
        /// Variant 54.
        V54 { code: 55, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 55.
        V55 { code: 56, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 56.
        V56 { code: 57, message: "<{a}>", fields: { a: String } },
        /// Variant 57.
        V57 { code: 58, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 58.
        V58 { code: 59, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 59.
        V59 { code: 60, message: "<{a}>", fields: { a: String } },
        /// Variant 60.
        V60 { code: 61, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 61.
        V61 { code: 62, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 62.
        V62 { code: 63, message: "<{a}>", fields: { a: String } },
        /// Variant 63.
        V63 { code: 64, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 64.
        V64 { code: 65, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 65.
        V65 { code: 66, message: "<{a}>", fields: { a: String } },
        /// Variant 66.
        V66 { code: 67, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 67.
        V67 { code: 68, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 68.
        V68 { code: 69, message: "<{a}>", fields: { a: String } },
        /// Variant 69.
        V69 { code: 70, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 70.
        V70 { code: 71, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 71.
        V71 { code: 72, message: "<{a}>", fields: { a: String } },
        /// Variant 72.
        V72 { code: 73, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 73.
        V73 { code: 74, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 74.
        V74 { code: 75, message: "<{a}>", fields: { a: String } },
        /// Variant 75.
        V75 { code: 76, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 76.
        V76 { code: 77, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 77.
        V77 { code: 78, message: "<{a}>", fields: { a: String } },
        /// Variant 78.
        V78 { code: 79, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 79.
        V79 { code: 80, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 80.
        V80 { code: 81, message: "<{a}>", fields: { a: String } },
        /// Variant 81.
        V81 { code: 82, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 82.
        V82 { code: 83, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 83.
        V83 { code: 84, message: "<{a}>", fields: { a: String } },
        /// Variant 84.
        V84 { code: 85, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 85.
        V85 { code: 86, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 86.
        V86 { code: 87, message: "<{a}>", fields: { a: String } },
        /// Variant 87.
        V87 { code: 88, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 88.
        V88 { code: 89, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 89.
        V89 { code: 90, message: "<{a}>", fields: { a: String } },
        /// Variant 90.
        V90 { code: 91, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 91.
        V91 { code: 92, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 92.
        V92 { code: 93, message: "<{a}>", fields: { a: String } },
        /// Variant 93.
        V93 { code: 94, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 94.
        V94 { code: 95, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 95.
        V95 { code: 96, message: "<{a}>", fields: { a: String } },
        /// Variant 96.
        V96 { code: 97, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 97.
        V97 { code: 98, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 98.
        V98 { code: 99, message: "<{a}>", fields: { a: String } },
        /// Variant 99.
        V99 { code: 100, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 100.
        V100 { code: 101, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 101.
        V101 { code: 102, message: "<{a}>", fields: { a: String } },
        /// Variant 102.
        V102 { code: 103, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 103.
        V103 { code: 104, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 104.
        V104 { code: 105, message: "<{a}>", fields: { a: String } },
        /// Variant 105.
        V105 { code: 106, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 106.
        V106 { code: 107, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 107.
        V107 { code: 108, message: "<{a}>", fields: { a: String } },
        /// Variant 108.
        V108 { code: 109, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 109.
        V109 { code: 110, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 110.
        V110 { code: 111, message: "<{a}>", fields: { a: String } },
        /// Variant 111.
        V111 { code: 112, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 112.
        V112 { code: 113, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 113.
        V113 { code: 114, message: "<{a}>", fields: { a: String } },
        /// Variant 114.
        V114 { code: 115, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 115.
        V115 { code: 116, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 116.
        V116 { code: 117, message: "<{a}>", fields: { a: String } },
        /// Variant 117.
        V117 { code: 118, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 118.
        V118 { code: 119, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 119.
        V119 { code: 120, message: "<{a}>", fields: { a: String } },
        /// Variant 120.
        V120 { code: 121, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 121.
        V121 { code: 122, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 122.
        V122 { code: 123, message: "<{a}>", fields: { a: String } },
        /// Variant 123.
        V123 { code: 124, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 124.
        V124 { code: 125, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 125.
        V125 { code: 126, message: "<{a}>", fields: { a: String } },
        /// Variant 126.
        V126 { code: 127, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 127.
        V127 { code: 128, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 128.
        V128 { code: 129, message: "<{a}>", fields: { a: String } },
        /// Variant 129.
        V129 { code: 130, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 130.
        V130 { code: 131, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 131.
        V131 { code: 132, message: "<{a}>", fields: { a: String } },
        /// Variant 132.
        V132 { code: 133, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 133.
        V133 { code: 134, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 134.
        V134 { code: 135, message: "<{a}>", fields: { a: String } },
        /// Variant 135.
        V135 { code: 136, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 136.
        V136 { code: 137, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 137.
        V137 { code: 138, message: "<{a}>", fields: { a: String } },
        /// Variant 138.
        V138 { code: 139, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 139.
        V139 { code: 140, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 140.
        V140 { code: 141, message: "<{a}>", fields: { a: String } },
        /// Variant 141.
        V141 { code: 142, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 142.
        V142 { code: 143, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 143.
        V143 { code: 144, message: "<{a}>", fields: { a: String } },
        /// Variant 144.
        V144 { code: 145, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 145.
        V145 { code: 146, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 146.
        V146 { code: 147, message: "<{a}>", fields: { a: String } },
        /// Variant 147.
        V147 { code: 148, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 148.
        V148 { code: 149, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 149.
        V149 { code: 150, message: "<{a}>", fields: { a: String } },
        /// Variant 150.
        V150 { code: 151, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 151.
        V151 { code: 152, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 152.
        V152 { code: 153, message: "<{a}>", fields: { a: String } },
        /// Variant 153.
        V153 { code: 154, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 154.
        V154 { code: 155, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 155.
        V155 { code: 156, message: "<{a}>", fields: { a: String } },
        /// Variant 156.
        V156 { code: 157, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 157.
        V157 { code: 158, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 158.
        V158 { code: 159, message: "<{a}>", fields: { a: String } },
        /// Variant 159.
        V159 { code: 160, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 160.
        V160 { code: 161, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 161.
        V161 { code: 162, message: "<{a}>", fields: { a: String } },
        /// Variant 162.
        V162 { code: 163, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 163.
        V163 { code: 164, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 164.
        V164 { code: 165, message: "<{a}>", fields: { a: String } },
        /// Variant 165.
        V165 { code: 166, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 166.
        V166 { code: 167, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 167.
        V167 { code: 168, message: "<{a}>", fields: { a: String } },
        /// Variant 168.
        V168 { code: 169, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 169.
        V169 { code: 170, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 170.
        V170 { code: 171, message: "<{a}>", fields: { a: String } },
        /// Variant 171.
        V171 { code: 172, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 172.
        V172 { code: 173, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 173.
        V173 { code: 174, message: "<{a}>", fields: { a: String } },
        /// Variant 174.
        V174 { code: 175, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 175.
        V175 { code: 176, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 176.
        V176 { code: 177, message: "<{a}>", fields: { a: String } },
        /// Variant 177.
        V177 { code: 178, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 178.
        V178 { code: 179, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 179.
        V179 { code: 180, message: "<{a}>", fields: { a: String } },
        /// Variant 180.
        V180 { code: 181, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 181.
        V181 { code: 182, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 182.
        V182 { code: 183, message: "<{a}>", fields: { a: String } },
        /// Variant 183.
        V183 { code: 184, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 184.
        V184 { code: 185, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 185.
        V185 { code: 186, message: "<{a}>", fields: { a: String } },
        /// Variant 186.
        V186 { code: 187, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 187.
        V187 { code: 188, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 188.
        V188 { code: 189, message: "<{a}>", fields: { a: String } },
        /// Variant 189.
        V189 { code: 190, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 190.
        V190 { code: 191, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 191.
        V191 { code: 192, message: "<{a}>", fields: { a: String } },
        /// Variant 192.
        V192 { code: 193, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 193.
        V193 { code: 194, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 194.
        V194 { code: 195, message: "<{a}>", fields: { a: String } },
        /// Variant 195.
        V195 { code: 196, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 196.
        V196 { code: 197, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 197.
        V197 { code: 198, message: "<{a}>", fields: { a: String } },
        /// Variant 198.
        V198 { code: 199, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 199.
        V199 { code: 200, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 200.
        V200 { code: 201, message: "<{a}>", fields: { a: String } },
        /// Variant 201.
        V201 { code: 202, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 202.
        V202 { code: 203, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 203.
        V203 { code: 204, message: "<{a}>", fields: { a: String } },
        /// Variant 204.
        V204 { code: 205, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 205.
        V205 { code: 206, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 206.
        V206 { code: 207, message: "<{a}>", fields: { a: String } },
        /// Variant 207.
        V207 { code: 208, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 208.
        V208 { code: 209, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 209.
        V209 { code: 210, message: "<{a}>", fields: { a: String } },
        /// Variant 210.
        V210 { code: 211, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 211.
        V211 { code: 212, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 212.
        V212 { code: 213, message: "<{a}>", fields: { a: String } },
        /// Variant 213.
        V213 { code: 214, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 214.
        V214 { code: 215, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 215.
        V215 { code: 216, message: "<{a}>", fields: { a: String } },
        /// Variant 216.
        V216 { code: 217, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 217.
        V217 { code: 218, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 218.
        V218 { code: 219, message: "<{a}>", fields: { a: String } },
        /// Variant 219.
        V219 { code: 220, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 220.
        V220 { code: 221, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 221.
        V221 { code: 222, message: "<{a}>", fields: { a: String } },
        /// Variant 222.
        V222 { code: 223, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 223.
        V223 { code: 224, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 224.
        V224 { code: 225, message: "<{a}>", fields: { a: String } },
        /// Variant 225.
        V225 { code: 226, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 226.
        V226 { code: 227, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 227.
        V227 { code: 228, message: "<{a}>", fields: { a: String } },
        /// Variant 228.
        V228 { code: 229, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 229.
        V229 { code: 230, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 230.
        V230 { code: 231, message: "<{a}>", fields: { a: String } },
        /// Variant 231.
        V231 { code: 232, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 232.
        V232 { code: 233, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 233.
        V233 { code: 234, message: "<{a}>", fields: { a: String } },
        /// Variant 234.
        V234 { code: 235, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 235.
        V235 { code: 236, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 236.
        V236 { code: 237, message: "<{a}>", fields: { a: String } },
        /// Variant 237.
        V237 { code: 238, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 238.
        V238 { code: 239, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 239.
        V239 { code: 240, message: "<{a}>", fields: { a: String } },
        /// Variant 240.
        V240 { code: 241, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 241.
        V241 { code: 242, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 242.
        V242 { code: 243, message: "<{a}>", fields: { a: String } },
        /// Variant 243.
        V243 { code: 244, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 244.
        V244 { code: 245, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 245.
        V245 { code: 246, message: "<{a}>", fields: { a: String } },
        /// Variant 246.
        V246 { code: 247, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 247.
        V247 { code: 248, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 248.
        V248 { code: 249, message: "<{a}>", fields: { a: String } },
        /// Variant 249.
        V249 { code: 250, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 250.
        V250 { code: 251, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 251.
        V251 { code: 252, message: "<{a}>", fields: { a: String } },
        /// Variant 252.
        V252 { code: 253, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 253.
        V253 { code: 254, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 254.
        V254 { code: 255, message: "<{a}>", fields: { a: String } },
        /// Variant 255.
        V255 { code: 256, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 256.
        V256 { code: 257, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 257.
        V257 { code: 258, message: "<{a}>", fields: { a: String } },
        /// Variant 258.
        V258 { code: 259, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 259.
        V259 { code: 260, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 260.
        V260 { code: 261, message: "<{a}>", fields: { a: String } },
        /// Variant 261.
        V261 { code: 262, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 262.
        V262 { code: 263, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 263.
        V263 { code: 264, message: "<{a}>", fields: { a: String } },
        /// Variant 264.
        V264 { code: 265, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 265.
        V265 { code: 266, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 266.
        V266 { code: 267, message: "<{a}>", fields: { a: String } },
        /// Variant 267.
        V267 { code: 268, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 268.
        V268 { code: 269, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 269.
        V269 { code: 270, message: "<{a}>", fields: { a: String } },
        /// Variant 270.
        V270 { code: 271, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 271.
        V271 { code: 272, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 272.
        V272 { code: 273, message: "<{a}>", fields: { a: String } },
        /// Variant 273.
        V273 { code: 274, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 274.
        V274 { code: 275, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 275.
        V275 { code: 276, message: "<{a}>", fields: { a: String } },
        /// Variant 276.
        V276 { code: 277, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 277.
        V277 { code: 278, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 278.
        V278 { code: 279, message: "<{a}>", fields: { a: String } },
        /// Variant 279.
        V279 { code: 280, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 280.
        V280 { code: 281, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 281.
        V281 { code: 282, message: "<{a}>", fields: { a: String } },
        /// Variant 282.
        V282 { code: 283, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 283.
        V283 { code: 284, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 284.
        V284 { code: 285, message: "<{a}>", fields: { a: String } },
        /// Variant 285.
        V285 { code: 286, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 286.
        V286 { code: 287, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 287.
        V287 { code: 288, message: "<{a}>", fields: { a: String } },
        /// Variant 288.
        V288 { code: 289, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 289.
        V289 { code: 290, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 290.
        V290 { code: 291, message: "<{a}>", fields: { a: String } },
        /// Variant 291.
        V291 { code: 292, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 292.
        V292 { code: 293, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 293.
        V293 { code: 294, message: "<{a}>", fields: { a: String } },
        /// Variant 294.
        V294 { code: 295, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 295.
        V295 { code: 296, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 296.
        V296 { code: 297, message: "<{a}>", fields: { a: String } },
        /// Variant 297.
        V297 { code: 298, message: "{a}/{b}", fields: { a: String, b: u64 } },
        /// Variant 298.
        V298 { code: 299, message: "{b}-{a}", fields: { b: u64, a: String } },
        /// Variant 299.
        V299 { code: 300, message: "<{a}>", fields: { a: String } },
    }
}

/// The variant at `position`, and the `Display` it must write.
fn make(position: usize) -> (Many, String) {
    let a = format!("v{position}");
    let b = position as u64;
    match position {
        0 => (Many::V0 { a: a.clone(), b }, format!("{a}/{b}")),
        1 => (Many::V1 { b, a: a.clone() }, format!("{b}-{a}")),
        2 => (Many::V2 { a: a.clone() }, format!("<{a}>")),
        3 => (Many::V3 { a: a.clone(), b }, format!("{a}/{b}")),
        4 => (Many::V4 { b, a: a.clone() }, format!("{b}-{a}")),
        5 => (Many::V5 { a: a.clone() }, format!("<{a}>")),
        6 => (Many::V6 { a: a.clone(), b }, format!("{a}/{b}")),
        7 => (Many::V7 { b, a: a.clone() }, format!("{b}-{a}")),
        8 => (Many::V8 { a: a.clone() }, format!("<{a}>")),
        9 => (Many::V9 { a: a.clone(), b }, format!("{a}/{b}")),
        10 => (Many::V10 { b, a: a.clone() }, format!("{b}-{a}")),
        11 => (Many::V11 { a: a.clone() }, format!("<{a}>")),
        12 => (Many::V12 { a: a.clone(), b }, format!("{a}/{b}")),
        13 => (Many::V13 { b, a: a.clone() }, format!("{b}-{a}")),
        14 => (Many::V14 { a: a.clone() }, format!("<{a}>")),
        15 => (Many::V15 { a: a.clone(), b }, format!("{a}/{b}")),
        16 => (Many::V16 { b, a: a.clone() }, format!("{b}-{a}")),
        17 => (Many::V17 { a: a.clone() }, format!("<{a}>")),
        18 => (Many::V18 { a: a.clone(), b }, format!("{a}/{b}")),
        19 => (Many::V19 { b, a: a.clone() }, format!("{b}-{a}")),
        20 => (Many::V20 { a: a.clone() }, format!("<{a}>")),
        21 => (Many::V21 { a: a.clone(), b }, format!("{a}/{b}")),
        22 => (Many::V22 { b, a: a.clone() }, format!("{b}-{a}")),
        23 => (Many::V23 { a: a.clone() }, format!("<{a}>")),
        24 => (Many::V24 { a: a.clone(), b }, format!("{a}/{b}")),
        25 => (Many::V25 { b, a: a.clone() }, format!("{b}-{a}")),
        26 => (Many::V26 { a: a.clone() }, format!("<{a}>")),
        27 => (Many::V27 { a: a.clone(), b }, format!("{a}/{b}")),
        28 => (Many::V28 { b, a: a.clone() }, format!("{b}-{a}")),
        29 => (Many::V29 { a: a.clone() }, format!("<{a}>")),
        30 => (Many::V30 { a: a.clone(), b }, format!("{a}/{b}")),
        31 => (Many::V31 { b, a: a.clone() }, format!("{b}-{a}")),
        32 => (Many::V32 { a: a.clone() }, format!("<{a}>")),
        33 => (Many::V33 { a: a.clone(), b }, format!("{a}/{b}")),
        34 => (Many::V34 { b, a: a.clone() }, format!("{b}-{a}")),
        35 => (Many::V35 { a: a.clone() }, format!("<{a}>")),
        36 => (Many::V36 { a: a.clone(), b }, format!("{a}/{b}")),
        37 => (Many::V37 { b, a: a.clone() }, format!("{b}-{a}")),
        38 => (Many::V38 { a: a.clone() }, format!("<{a}>")),
        39 => (Many::V39 { a: a.clone(), b }, format!("{a}/{b}")),
        40 => (Many::V40 { b, a: a.clone() }, format!("{b}-{a}")),
        41 => (Many::V41 { a: a.clone() }, format!("<{a}>")),
        42 => (Many::V42 { a: a.clone(), b }, format!("{a}/{b}")),
        43 => (Many::V43 { b, a: a.clone() }, format!("{b}-{a}")),
        44 => (Many::V44 { a: a.clone() }, format!("<{a}>")),
        45 => (Many::V45 { a: a.clone(), b }, format!("{a}/{b}")),
        46 => (Many::V46 { b, a: a.clone() }, format!("{b}-{a}")),
        47 => (Many::V47 { a: a.clone() }, format!("<{a}>")),
        48 => (Many::V48 { a: a.clone(), b }, format!("{a}/{b}")),
        49 => (Many::V49 { b, a: a.clone() }, format!("{b}-{a}")),
        50 => (Many::V50 { a: a.clone() }, format!("<{a}>")),
        51 => (Many::V51 { a: a.clone(), b }, format!("{a}/{b}")),
        52 => (Many::V52 { b, a: a.clone() }, format!("{b}-{a}")),
        53 => (Many::V53 { a: a.clone() }, format!("<{a}>")),
        54 => (Many::V54 { a: a.clone(), b }, format!("{a}/{b}")),
        55 => (Many::V55 { b, a: a.clone() }, format!("{b}-{a}")),
        56 => (Many::V56 { a: a.clone() }, format!("<{a}>")),
        57 => (Many::V57 { a: a.clone(), b }, format!("{a}/{b}")),
        58 => (Many::V58 { b, a: a.clone() }, format!("{b}-{a}")),
        59 => (Many::V59 { a: a.clone() }, format!("<{a}>")),
        60 => (Many::V60 { a: a.clone(), b }, format!("{a}/{b}")),
        61 => (Many::V61 { b, a: a.clone() }, format!("{b}-{a}")),
        62 => (Many::V62 { a: a.clone() }, format!("<{a}>")),
        63 => (Many::V63 { a: a.clone(), b }, format!("{a}/{b}")),
        64 => (Many::V64 { b, a: a.clone() }, format!("{b}-{a}")),
        65 => (Many::V65 { a: a.clone() }, format!("<{a}>")),
        66 => (Many::V66 { a: a.clone(), b }, format!("{a}/{b}")),
        67 => (Many::V67 { b, a: a.clone() }, format!("{b}-{a}")),
        68 => (Many::V68 { a: a.clone() }, format!("<{a}>")),
        69 => (Many::V69 { a: a.clone(), b }, format!("{a}/{b}")),
        70 => (Many::V70 { b, a: a.clone() }, format!("{b}-{a}")),
        71 => (Many::V71 { a: a.clone() }, format!("<{a}>")),
        72 => (Many::V72 { a: a.clone(), b }, format!("{a}/{b}")),
        73 => (Many::V73 { b, a: a.clone() }, format!("{b}-{a}")),
        74 => (Many::V74 { a: a.clone() }, format!("<{a}>")),
        75 => (Many::V75 { a: a.clone(), b }, format!("{a}/{b}")),
        76 => (Many::V76 { b, a: a.clone() }, format!("{b}-{a}")),
        77 => (Many::V77 { a: a.clone() }, format!("<{a}>")),
        78 => (Many::V78 { a: a.clone(), b }, format!("{a}/{b}")),
        79 => (Many::V79 { b, a: a.clone() }, format!("{b}-{a}")),
        80 => (Many::V80 { a: a.clone() }, format!("<{a}>")),
        81 => (Many::V81 { a: a.clone(), b }, format!("{a}/{b}")),
        82 => (Many::V82 { b, a: a.clone() }, format!("{b}-{a}")),
        83 => (Many::V83 { a: a.clone() }, format!("<{a}>")),
        84 => (Many::V84 { a: a.clone(), b }, format!("{a}/{b}")),
        85 => (Many::V85 { b, a: a.clone() }, format!("{b}-{a}")),
        86 => (Many::V86 { a: a.clone() }, format!("<{a}>")),
        87 => (Many::V87 { a: a.clone(), b }, format!("{a}/{b}")),
        88 => (Many::V88 { b, a: a.clone() }, format!("{b}-{a}")),
        89 => (Many::V89 { a: a.clone() }, format!("<{a}>")),
        90 => (Many::V90 { a: a.clone(), b }, format!("{a}/{b}")),
        91 => (Many::V91 { b, a: a.clone() }, format!("{b}-{a}")),
        92 => (Many::V92 { a: a.clone() }, format!("<{a}>")),
        93 => (Many::V93 { a: a.clone(), b }, format!("{a}/{b}")),
        94 => (Many::V94 { b, a: a.clone() }, format!("{b}-{a}")),
        95 => (Many::V95 { a: a.clone() }, format!("<{a}>")),
        96 => (Many::V96 { a: a.clone(), b }, format!("{a}/{b}")),
        97 => (Many::V97 { b, a: a.clone() }, format!("{b}-{a}")),
        98 => (Many::V98 { a: a.clone() }, format!("<{a}>")),
        99 => (Many::V99 { a: a.clone(), b }, format!("{a}/{b}")),
        100 => (Many::V100 { b, a: a.clone() }, format!("{b}-{a}")),
        101 => (Many::V101 { a: a.clone() }, format!("<{a}>")),
        102 => (Many::V102 { a: a.clone(), b }, format!("{a}/{b}")),
        103 => (Many::V103 { b, a: a.clone() }, format!("{b}-{a}")),
        104 => (Many::V104 { a: a.clone() }, format!("<{a}>")),
        105 => (Many::V105 { a: a.clone(), b }, format!("{a}/{b}")),
        106 => (Many::V106 { b, a: a.clone() }, format!("{b}-{a}")),
        107 => (Many::V107 { a: a.clone() }, format!("<{a}>")),
        108 => (Many::V108 { a: a.clone(), b }, format!("{a}/{b}")),
        109 => (Many::V109 { b, a: a.clone() }, format!("{b}-{a}")),
        110 => (Many::V110 { a: a.clone() }, format!("<{a}>")),
        111 => (Many::V111 { a: a.clone(), b }, format!("{a}/{b}")),
        112 => (Many::V112 { b, a: a.clone() }, format!("{b}-{a}")),
        113 => (Many::V113 { a: a.clone() }, format!("<{a}>")),
        114 => (Many::V114 { a: a.clone(), b }, format!("{a}/{b}")),
        115 => (Many::V115 { b, a: a.clone() }, format!("{b}-{a}")),
        116 => (Many::V116 { a: a.clone() }, format!("<{a}>")),
        117 => (Many::V117 { a: a.clone(), b }, format!("{a}/{b}")),
        118 => (Many::V118 { b, a: a.clone() }, format!("{b}-{a}")),
        119 => (Many::V119 { a: a.clone() }, format!("<{a}>")),
        120 => (Many::V120 { a: a.clone(), b }, format!("{a}/{b}")),
        121 => (Many::V121 { b, a: a.clone() }, format!("{b}-{a}")),
        122 => (Many::V122 { a: a.clone() }, format!("<{a}>")),
        123 => (Many::V123 { a: a.clone(), b }, format!("{a}/{b}")),
        124 => (Many::V124 { b, a: a.clone() }, format!("{b}-{a}")),
        125 => (Many::V125 { a: a.clone() }, format!("<{a}>")),
        126 => (Many::V126 { a: a.clone(), b }, format!("{a}/{b}")),
        127 => (Many::V127 { b, a: a.clone() }, format!("{b}-{a}")),
        128 => (Many::V128 { a: a.clone() }, format!("<{a}>")),
        129 => (Many::V129 { a: a.clone(), b }, format!("{a}/{b}")),
        130 => (Many::V130 { b, a: a.clone() }, format!("{b}-{a}")),
        131 => (Many::V131 { a: a.clone() }, format!("<{a}>")),
        132 => (Many::V132 { a: a.clone(), b }, format!("{a}/{b}")),
        133 => (Many::V133 { b, a: a.clone() }, format!("{b}-{a}")),
        134 => (Many::V134 { a: a.clone() }, format!("<{a}>")),
        135 => (Many::V135 { a: a.clone(), b }, format!("{a}/{b}")),
        136 => (Many::V136 { b, a: a.clone() }, format!("{b}-{a}")),
        137 => (Many::V137 { a: a.clone() }, format!("<{a}>")),
        138 => (Many::V138 { a: a.clone(), b }, format!("{a}/{b}")),
        139 => (Many::V139 { b, a: a.clone() }, format!("{b}-{a}")),
        140 => (Many::V140 { a: a.clone() }, format!("<{a}>")),
        141 => (Many::V141 { a: a.clone(), b }, format!("{a}/{b}")),
        142 => (Many::V142 { b, a: a.clone() }, format!("{b}-{a}")),
        143 => (Many::V143 { a: a.clone() }, format!("<{a}>")),
        144 => (Many::V144 { a: a.clone(), b }, format!("{a}/{b}")),
        145 => (Many::V145 { b, a: a.clone() }, format!("{b}-{a}")),
        146 => (Many::V146 { a: a.clone() }, format!("<{a}>")),
        147 => (Many::V147 { a: a.clone(), b }, format!("{a}/{b}")),
        148 => (Many::V148 { b, a: a.clone() }, format!("{b}-{a}")),
        149 => (Many::V149 { a: a.clone() }, format!("<{a}>")),
        150 => (Many::V150 { a: a.clone(), b }, format!("{a}/{b}")),
        151 => (Many::V151 { b, a: a.clone() }, format!("{b}-{a}")),
        152 => (Many::V152 { a: a.clone() }, format!("<{a}>")),
        153 => (Many::V153 { a: a.clone(), b }, format!("{a}/{b}")),
        154 => (Many::V154 { b, a: a.clone() }, format!("{b}-{a}")),
        155 => (Many::V155 { a: a.clone() }, format!("<{a}>")),
        156 => (Many::V156 { a: a.clone(), b }, format!("{a}/{b}")),
        157 => (Many::V157 { b, a: a.clone() }, format!("{b}-{a}")),
        158 => (Many::V158 { a: a.clone() }, format!("<{a}>")),
        159 => (Many::V159 { a: a.clone(), b }, format!("{a}/{b}")),
        160 => (Many::V160 { b, a: a.clone() }, format!("{b}-{a}")),
        161 => (Many::V161 { a: a.clone() }, format!("<{a}>")),
        162 => (Many::V162 { a: a.clone(), b }, format!("{a}/{b}")),
        163 => (Many::V163 { b, a: a.clone() }, format!("{b}-{a}")),
        164 => (Many::V164 { a: a.clone() }, format!("<{a}>")),
        165 => (Many::V165 { a: a.clone(), b }, format!("{a}/{b}")),
        166 => (Many::V166 { b, a: a.clone() }, format!("{b}-{a}")),
        167 => (Many::V167 { a: a.clone() }, format!("<{a}>")),
        168 => (Many::V168 { a: a.clone(), b }, format!("{a}/{b}")),
        169 => (Many::V169 { b, a: a.clone() }, format!("{b}-{a}")),
        170 => (Many::V170 { a: a.clone() }, format!("<{a}>")),
        171 => (Many::V171 { a: a.clone(), b }, format!("{a}/{b}")),
        172 => (Many::V172 { b, a: a.clone() }, format!("{b}-{a}")),
        173 => (Many::V173 { a: a.clone() }, format!("<{a}>")),
        174 => (Many::V174 { a: a.clone(), b }, format!("{a}/{b}")),
        175 => (Many::V175 { b, a: a.clone() }, format!("{b}-{a}")),
        176 => (Many::V176 { a: a.clone() }, format!("<{a}>")),
        177 => (Many::V177 { a: a.clone(), b }, format!("{a}/{b}")),
        178 => (Many::V178 { b, a: a.clone() }, format!("{b}-{a}")),
        179 => (Many::V179 { a: a.clone() }, format!("<{a}>")),
        180 => (Many::V180 { a: a.clone(), b }, format!("{a}/{b}")),
        181 => (Many::V181 { b, a: a.clone() }, format!("{b}-{a}")),
        182 => (Many::V182 { a: a.clone() }, format!("<{a}>")),
        183 => (Many::V183 { a: a.clone(), b }, format!("{a}/{b}")),
        184 => (Many::V184 { b, a: a.clone() }, format!("{b}-{a}")),
        185 => (Many::V185 { a: a.clone() }, format!("<{a}>")),
        186 => (Many::V186 { a: a.clone(), b }, format!("{a}/{b}")),
        187 => (Many::V187 { b, a: a.clone() }, format!("{b}-{a}")),
        188 => (Many::V188 { a: a.clone() }, format!("<{a}>")),
        189 => (Many::V189 { a: a.clone(), b }, format!("{a}/{b}")),
        190 => (Many::V190 { b, a: a.clone() }, format!("{b}-{a}")),
        191 => (Many::V191 { a: a.clone() }, format!("<{a}>")),
        192 => (Many::V192 { a: a.clone(), b }, format!("{a}/{b}")),
        193 => (Many::V193 { b, a: a.clone() }, format!("{b}-{a}")),
        194 => (Many::V194 { a: a.clone() }, format!("<{a}>")),
        195 => (Many::V195 { a: a.clone(), b }, format!("{a}/{b}")),
        196 => (Many::V196 { b, a: a.clone() }, format!("{b}-{a}")),
        197 => (Many::V197 { a: a.clone() }, format!("<{a}>")),
        198 => (Many::V198 { a: a.clone(), b }, format!("{a}/{b}")),
        199 => (Many::V199 { b, a: a.clone() }, format!("{b}-{a}")),
        200 => (Many::V200 { a: a.clone() }, format!("<{a}>")),
        201 => (Many::V201 { a: a.clone(), b }, format!("{a}/{b}")),
        202 => (Many::V202 { b, a: a.clone() }, format!("{b}-{a}")),
        203 => (Many::V203 { a: a.clone() }, format!("<{a}>")),
        204 => (Many::V204 { a: a.clone(), b }, format!("{a}/{b}")),
        205 => (Many::V205 { b, a: a.clone() }, format!("{b}-{a}")),
        206 => (Many::V206 { a: a.clone() }, format!("<{a}>")),
        207 => (Many::V207 { a: a.clone(), b }, format!("{a}/{b}")),
        208 => (Many::V208 { b, a: a.clone() }, format!("{b}-{a}")),
        209 => (Many::V209 { a: a.clone() }, format!("<{a}>")),
        210 => (Many::V210 { a: a.clone(), b }, format!("{a}/{b}")),
        211 => (Many::V211 { b, a: a.clone() }, format!("{b}-{a}")),
        212 => (Many::V212 { a: a.clone() }, format!("<{a}>")),
        213 => (Many::V213 { a: a.clone(), b }, format!("{a}/{b}")),
        214 => (Many::V214 { b, a: a.clone() }, format!("{b}-{a}")),
        215 => (Many::V215 { a: a.clone() }, format!("<{a}>")),
        216 => (Many::V216 { a: a.clone(), b }, format!("{a}/{b}")),
        217 => (Many::V217 { b, a: a.clone() }, format!("{b}-{a}")),
        218 => (Many::V218 { a: a.clone() }, format!("<{a}>")),
        219 => (Many::V219 { a: a.clone(), b }, format!("{a}/{b}")),
        220 => (Many::V220 { b, a: a.clone() }, format!("{b}-{a}")),
        221 => (Many::V221 { a: a.clone() }, format!("<{a}>")),
        222 => (Many::V222 { a: a.clone(), b }, format!("{a}/{b}")),
        223 => (Many::V223 { b, a: a.clone() }, format!("{b}-{a}")),
        224 => (Many::V224 { a: a.clone() }, format!("<{a}>")),
        225 => (Many::V225 { a: a.clone(), b }, format!("{a}/{b}")),
        226 => (Many::V226 { b, a: a.clone() }, format!("{b}-{a}")),
        227 => (Many::V227 { a: a.clone() }, format!("<{a}>")),
        228 => (Many::V228 { a: a.clone(), b }, format!("{a}/{b}")),
        229 => (Many::V229 { b, a: a.clone() }, format!("{b}-{a}")),
        230 => (Many::V230 { a: a.clone() }, format!("<{a}>")),
        231 => (Many::V231 { a: a.clone(), b }, format!("{a}/{b}")),
        232 => (Many::V232 { b, a: a.clone() }, format!("{b}-{a}")),
        233 => (Many::V233 { a: a.clone() }, format!("<{a}>")),
        234 => (Many::V234 { a: a.clone(), b }, format!("{a}/{b}")),
        235 => (Many::V235 { b, a: a.clone() }, format!("{b}-{a}")),
        236 => (Many::V236 { a: a.clone() }, format!("<{a}>")),
        237 => (Many::V237 { a: a.clone(), b }, format!("{a}/{b}")),
        238 => (Many::V238 { b, a: a.clone() }, format!("{b}-{a}")),
        239 => (Many::V239 { a: a.clone() }, format!("<{a}>")),
        240 => (Many::V240 { a: a.clone(), b }, format!("{a}/{b}")),
        241 => (Many::V241 { b, a: a.clone() }, format!("{b}-{a}")),
        242 => (Many::V242 { a: a.clone() }, format!("<{a}>")),
        243 => (Many::V243 { a: a.clone(), b }, format!("{a}/{b}")),
        244 => (Many::V244 { b, a: a.clone() }, format!("{b}-{a}")),
        245 => (Many::V245 { a: a.clone() }, format!("<{a}>")),
        246 => (Many::V246 { a: a.clone(), b }, format!("{a}/{b}")),
        247 => (Many::V247 { b, a: a.clone() }, format!("{b}-{a}")),
        248 => (Many::V248 { a: a.clone() }, format!("<{a}>")),
        249 => (Many::V249 { a: a.clone(), b }, format!("{a}/{b}")),
        250 => (Many::V250 { b, a: a.clone() }, format!("{b}-{a}")),
        251 => (Many::V251 { a: a.clone() }, format!("<{a}>")),
        252 => (Many::V252 { a: a.clone(), b }, format!("{a}/{b}")),
        253 => (Many::V253 { b, a: a.clone() }, format!("{b}-{a}")),
        254 => (Many::V254 { a: a.clone() }, format!("<{a}>")),
        255 => (Many::V255 { a: a.clone(), b }, format!("{a}/{b}")),
        256 => (Many::V256 { b, a: a.clone() }, format!("{b}-{a}")),
        257 => (Many::V257 { a: a.clone() }, format!("<{a}>")),
        258 => (Many::V258 { a: a.clone(), b }, format!("{a}/{b}")),
        259 => (Many::V259 { b, a: a.clone() }, format!("{b}-{a}")),
        260 => (Many::V260 { a: a.clone() }, format!("<{a}>")),
        261 => (Many::V261 { a: a.clone(), b }, format!("{a}/{b}")),
        262 => (Many::V262 { b, a: a.clone() }, format!("{b}-{a}")),
        263 => (Many::V263 { a: a.clone() }, format!("<{a}>")),
        264 => (Many::V264 { a: a.clone(), b }, format!("{a}/{b}")),
        265 => (Many::V265 { b, a: a.clone() }, format!("{b}-{a}")),
        266 => (Many::V266 { a: a.clone() }, format!("<{a}>")),
        267 => (Many::V267 { a: a.clone(), b }, format!("{a}/{b}")),
        268 => (Many::V268 { b, a: a.clone() }, format!("{b}-{a}")),
        269 => (Many::V269 { a: a.clone() }, format!("<{a}>")),
        270 => (Many::V270 { a: a.clone(), b }, format!("{a}/{b}")),
        271 => (Many::V271 { b, a: a.clone() }, format!("{b}-{a}")),
        272 => (Many::V272 { a: a.clone() }, format!("<{a}>")),
        273 => (Many::V273 { a: a.clone(), b }, format!("{a}/{b}")),
        274 => (Many::V274 { b, a: a.clone() }, format!("{b}-{a}")),
        275 => (Many::V275 { a: a.clone() }, format!("<{a}>")),
        276 => (Many::V276 { a: a.clone(), b }, format!("{a}/{b}")),
        277 => (Many::V277 { b, a: a.clone() }, format!("{b}-{a}")),
        278 => (Many::V278 { a: a.clone() }, format!("<{a}>")),
        279 => (Many::V279 { a: a.clone(), b }, format!("{a}/{b}")),
        280 => (Many::V280 { b, a: a.clone() }, format!("{b}-{a}")),
        281 => (Many::V281 { a: a.clone() }, format!("<{a}>")),
        282 => (Many::V282 { a: a.clone(), b }, format!("{a}/{b}")),
        283 => (Many::V283 { b, a: a.clone() }, format!("{b}-{a}")),
        284 => (Many::V284 { a: a.clone() }, format!("<{a}>")),
        285 => (Many::V285 { a: a.clone(), b }, format!("{a}/{b}")),
        286 => (Many::V286 { b, a: a.clone() }, format!("{b}-{a}")),
        287 => (Many::V287 { a: a.clone() }, format!("<{a}>")),
        288 => (Many::V288 { a: a.clone(), b }, format!("{a}/{b}")),
        289 => (Many::V289 { b, a: a.clone() }, format!("{b}-{a}")),
        290 => (Many::V290 { a: a.clone() }, format!("<{a}>")),
        291 => (Many::V291 { a: a.clone(), b }, format!("{a}/{b}")),
        292 => (Many::V292 { b, a: a.clone() }, format!("{b}-{a}")),
        293 => (Many::V293 { a: a.clone() }, format!("<{a}>")),
        294 => (Many::V294 { a: a.clone(), b }, format!("{a}/{b}")),
        295 => (Many::V295 { b, a: a.clone() }, format!("{b}-{a}")),
        296 => (Many::V296 { a: a.clone() }, format!("<{a}>")),
        297 => (Many::V297 { a: a.clone(), b }, format!("{a}/{b}")),
        298 => (Many::V298 { b, a: a.clone() }, format!("{b}-{a}")),
        299 => (Many::V299 { a: a.clone() }, format!("<{a}>")),
        _ => unreachable!("{position} is past the catalog"),
    }
}
