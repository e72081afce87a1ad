// Name order. "Kishida Fumio" and "Fumio Kishida" are one person: which word is the
// surname is settled first by the document itself (a later "Prime Minister Kishida"),
// then by the conventions below, then by the Western default (the last word).

/** Surnames that lead the name in Korean, Chinese and Vietnamese usage. */
export const SURNAME_FIRST = new Set((
  'Kim Lee Yi Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Oh Seo Shin Kwon Hwang ' +
  'Ahn Song Hong Moon Mun Yoo Yu Ko Go Bae Baek Heo Nam Noh Roh Ha Kwak Seong Cha Ju Woo Ryu Jeon Min Xi Li Wang ' +
  'Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Tang Han Feng Deng ' +
  'Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Fu Zhong Lam Wong ' +
  'Ng Tan Goh Teo Koh Ong Chan Nguyen Tran Le Pham Hoang Phan Vu Vo Dang Bui Do Ngo Duong Ly Hun Lao Khoo Heng'
).split(/\s+/));

/** Common given names that a name written surname-first ends with (Japanese first of all). */
export const GIVEN_NAMES = new Set((
  'Fumio Yoshihide Shinzo Shinzō Taro Tarō Junichiro Yoshiro Yoriko Shoichi Ichiro Yukio Yasuhiro Hiroshi Kunio ' +
  'Tasuku Yohei Toshimitsu Yoshimasa Hideaki Nobuo Naoto Yoshihiko Katsuya Seiji Fumiaki Taku Koichi Takeshi ' +
  'Kenji Kazuo Akira Makoto Masahiko Masayoshi Yasuo Keizo Ryutaro Tomiichi Morihiro Kiichi Toshiki Noboru ' +
  'Yasuhisa Takako Yoko Makiko Kiyoshi Shigeru Sanae Yoshitaka Kenta Yuko Yoshiko Toshihiro Hiroshige Nobuteru ' +
  'Akihiro Takashi Tetsuo Satoshi Tsuyoshi Mitsuo Haruko Kazuhiro Masato Hayato Itsunori Katsunobu Yoshimi Minoru ' +
  'Takeo Tomomi Mitsuhiro Masaaki Shunichi Hirokazu Koji Daisuke Kentaro Yusuke Keiichi Kazuyuki Jiro Saburo ' +
  'Hsien Loong Jinping Keqiang Qiang Yi Suk Yeol Jae In Geun Hye Myung Bak Moo Hyun Dae Jung Kyung Wha Chung Eui ' +
  'Tae Yong Jin Hoon'
).split(/\s+/));

/** Capitalized words that are never (part of) a person's name: function words, days and months, document words. */
export const NOT_NAMES: ReadonlySet<string> = new Set((
  'The A An In On At By For From With To Of And Or But If As During After Before Since Until While Both Each All ' +
  'Some Any This That These Those He She It They We I You His Her Its Their Our My Your Him Them Us Who Whom Whose ' +
  'Which What When Where Why How There Here Also Further Furthermore Moreover However Therefore Thus Then Additionally ' +
  'Meanwhile Regarding Concerning Following Based Through Under Over Between Among Against Toward Towards Upon Within ' +
  'Without About Above Below Across Along Around Behind Beyond Despite Like Near Per Via Not No Yes Firstly Secondly ' +
  'Thirdly Finally Lastly Today Yesterday Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday January ' +
  'February March April May June July August September October November December Summary Overview Appendix Annex ' +
  'Readout Meeting Meetings Talks Visit Official Working State Joint Press Release Note Photo Credit Back Index Print ' +
  'Reaffirming Noting Welcoming Expressing Recalling Recognizing Recognising Emphasizing Underlining Stressing ' +
  'Marking Accordingly Prior Other Others Another Such Many Several Most More Less Few Every Either Neither Only Even ' +
  'Just Still Yet Already Again Once Twice Later Earlier Last Next First Second Third Fourth Fifth Sixth Seventh ' +
  'Eighth Ninth Tenth Mutual Bilateral Trilateral Multilateral Regional Island Islands Treaty Agreement Memorandum ' +
  'MoU MOU MoC Statement Declaration Plan Action Leaders Ministers Excellency Excellencies Jr Sr II III IV ' +
  'Meets Meet Holds Hold Visits Receives Signs Calls Hosts Welcomes Discusses Says Urges Holds Exchanged Covering ' +
  'Source Sources Q A Question Answer Venue Date Time Location Participants Attendees Subject Re Tags Category Contact Media Related Share Update Updated Posted'
).split(/\s+/));

/** Words after a name that are not part of it ("Joseph R. Biden, Jr."). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['Jr']);
